/**
 * Reads a classic pcap of Ethernet/IPv4/TCP frames back into frame records, verifying both
 * checksums on the way. The round-trip tests use it, and the UI can use it to show what an
 * exported file holds without shipping a dissector.
 */
import { addWords, finishChecksum, internetChecksum } from './checksum'
import {
  ETHERNET_HEADER_BYTES,
  ETHERTYPE_IPV4,
  IPPROTO_TCP,
  IPV4_DONT_FRAGMENT,
  type TcpFrame,
} from './frame'
import { formatIpv4 } from './ipv4-address'
import { GLOBAL_HEADER_BYTES, LINKTYPE_ETHERNET, PCAP_MAGIC_MICROS, RECORD_HEADER_BYTES } from './pcap-file'
import { readOptions } from './tcp-options'

const PCAP_MAGIC_NANOS = 0xa1b23c4d

export interface ReadFrame extends TcpFrame {
  /** Kinds of the TCP options in wire order, NOPs included. */
  readonly optionKinds: readonly number[]
  readonly ipChecksumOk: boolean
  readonly tcpChecksumOk: boolean
}

/** Parses a whole file; throws on anything that is not Ethernet/IPv4/TCP. */
export function readPcap(file: Uint8Array): ReadFrame[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength)
  const magicLE = view.getUint32(0, true)
  const le = magicLE === PCAP_MAGIC_MICROS || magicLE === PCAP_MAGIC_NANOS
  const magic = view.getUint32(0, le)
  if (magic !== PCAP_MAGIC_MICROS && magic !== PCAP_MAGIC_NANOS) throw new Error('Not a classic pcap file')
  const fractionPerSecond = magic === PCAP_MAGIC_NANOS ? 1e9 : 1e6
  if (view.getUint32(20, le) !== LINKTYPE_ETHERNET) throw new Error('Only LINKTYPE_ETHERNET is supported')

  const frames: ReadFrame[] = []
  let at = GLOBAL_HEADER_BYTES
  while (at + RECORD_HEADER_BYTES <= file.length) {
    const timeUs = view.getUint32(at, le) * 1e6 + (view.getUint32(at + 4, le) * 1e6) / fractionPerSecond
    const length = view.getUint32(at + 8, le)
    at += RECORD_HEADER_BYTES
    frames.push(readFrame(file.subarray(at, at + length), timeUs))
    at += length
  }
  return frames
}

function readFrame(b: Uint8Array, timeUs: number): ReadFrame {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength)
  if (v.getUint16(12) !== ETHERTYPE_IPV4) throw new Error('Not an IPv4 frame')
  const ip = ETHERNET_HEADER_BYTES
  const ihl = (b[ip] & 0x0f) * 4
  if (b[ip + 9] !== IPPROTO_TCP) throw new Error('Not a TCP packet')
  const ipEnd = ip + v.getUint16(ip + 2)
  const tcp = ip + ihl
  const dataOffset = (b[tcp + 12] >> 4) * 4
  const pseudo = addWords(b, ip + 12, ip + 20) + IPPROTO_TCP + (ipEnd - tcp)
  const decoded = readOptions(b, tcp + 20, tcp + dataOffset)
  return {
    timeUs,
    dstMac: b.slice(0, 6),
    srcMac: b.slice(6, 12),
    srcIp: formatIpv4(b, ip + 12),
    dstIp: formatIpv4(b, ip + 16),
    ipId: v.getUint16(ip + 4),
    ttl: b[ip + 8],
    dontFragment: (v.getUint16(ip + 6) & IPV4_DONT_FRAGMENT) !== 0,
    srcPort: v.getUint16(tcp),
    dstPort: v.getUint16(tcp + 2),
    seq: v.getUint32(tcp + 4),
    ack: v.getUint32(tcp + 8),
    flags: v.getUint16(tcp + 12) & 0x01ff,
    window: v.getUint16(tcp + 14),
    options: decoded.options,
    optionKinds: decoded.kinds,
    payload: b.slice(tcp + dataOffset, ipEnd),
    ipChecksumOk: internetChecksum(b, ip, ip + ihl) === 0,
    tcpChecksumOk: finishChecksum(addWords(b, tcp, ipEnd, pseudo)) === 0,
  }
}
