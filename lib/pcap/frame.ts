/**
 * One captured packet as plain data, and its encoding as an Ethernet II / IPv4 / TCP frame.
 * Nothing here knows about the engine: a frame is what a capture file holds, so the encoder can
 * be tested (and checked by tshark) on hand-made records.
 */
import { type TcpOptions } from '@/lib/tcp'
import { addWords, finishChecksum } from './checksum'
import { parseIpv4 } from './ipv4-address'
import { optionsLength, writeOptions } from './tcp-options'

export const ETHERNET_HEADER_BYTES = 14
export const ETHERTYPE_IPV4 = 0x0800 // IEEE 802 EtherType registry
export const IPV4_HEADER_BYTES = 20 // no IP options: IHL 5 (RFC 791 §3.1)
export const TCP_HEADER_BYTES = 20 // without options (RFC 9293 §3.1)
export const IPPROTO_TCP = 6
/** Linux's `net.ipv4.ip_default_ttl` default. */
export const DEFAULT_TTL = 64
/** The DF bit in the IPv4 flags/fragment-offset word; Linux sets it on TCP for path MTU discovery. */
export const IPV4_DONT_FRAGMENT = 0x4000

export interface TcpFrame {
  /** Capture time in microseconds since the start of the capture. */
  readonly timeUs: number
  readonly srcMac: Uint8Array
  readonly dstMac: Uint8Array
  readonly srcIp: string
  readonly dstIp: string
  /** IPv4 identification field. */
  readonly ipId: number
  readonly ttl?: number
  /** Defaults to true, as on Linux. */
  readonly dontFragment?: boolean
  readonly srcPort: number
  readonly dstPort: number
  readonly seq: number
  readonly ack: number
  /** Control bits with their wire values (FIN=1 … ACK=16). */
  readonly flags: number
  /** The window field as written on the wire (already scaled down). */
  readonly window: number
  readonly options: TcpOptions
  readonly payload: Uint8Array
  /** A note for readers of the capture; pcapng writes it as the packet's comment, classic pcap drops it. */
  readonly comment?: string
}

/** Bytes the frame takes on the wire (no Ethernet padding or FCS, as a sender's capture shows). */
export const frameLength = (f: TcpFrame): number =>
  ETHERNET_HEADER_BYTES + IPV4_HEADER_BYTES + TCP_HEADER_BYTES + optionsLength(f.options) + f.payload.length

/** Writes the frame at buf[at…] and returns its length. */
export function encodeFrameInto(buf: Uint8Array, at: number, f: TcpFrame): number {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  const src = parseIpv4(f.srcIp)
  const dst = parseIpv4(f.dstIp)

  // Ethernet II: destination, source, EtherType.
  buf.set(f.dstMac, at)
  buf.set(f.srcMac, at + 6)
  view.setUint16(at + 12, ETHERTYPE_IPV4)

  // TCP first, so the IP total length is known.
  const tcp = at + ETHERNET_HEADER_BYTES + IPV4_HEADER_BYTES
  const optionBytes = writeOptions(buf, tcp + TCP_HEADER_BYTES, f.options)
  const tcpHeader = TCP_HEADER_BYTES + optionBytes
  const tcpLength = tcpHeader + f.payload.length
  view.setUint16(tcp, f.srcPort)
  view.setUint16(tcp + 2, f.dstPort)
  view.setUint32(tcp + 4, f.seq >>> 0)
  view.setUint32(tcp + 8, f.ack >>> 0)
  view.setUint16(tcp + 12, ((tcpHeader / 4) << 12) | (f.flags & 0x01ff))
  view.setUint16(tcp + 14, f.window)
  view.setUint16(tcp + 16, 0) // checksum, filled below
  view.setUint16(tcp + 18, 0) // urgent pointer: the model never sets URG
  buf.set(f.payload, tcp + tcpHeader)
  // Pseudo-header: source, destination, zero + protocol, TCP length (RFC 9293 §3.1).
  let sum = addWords(src, 0, 4) + addWords(dst, 0, 4) + IPPROTO_TCP + tcpLength
  sum = addWords(buf, tcp, tcp + tcpLength, sum)
  view.setUint16(tcp + 16, finishChecksum(sum))

  // IPv4 header (RFC 791 §3.1).
  const ip = at + ETHERNET_HEADER_BYTES
  buf[ip] = 0x45 // version 4, IHL 5 words
  buf[ip + 1] = 0 // DSCP/ECN
  view.setUint16(ip + 2, IPV4_HEADER_BYTES + tcpLength)
  view.setUint16(ip + 4, f.ipId & 0xffff)
  view.setUint16(ip + 6, f.dontFragment === false ? 0 : IPV4_DONT_FRAGMENT)
  buf[ip + 8] = f.ttl ?? DEFAULT_TTL
  buf[ip + 9] = IPPROTO_TCP
  view.setUint16(ip + 10, 0)
  buf.set(src, ip + 12)
  buf.set(dst, ip + 16)
  view.setUint16(ip + 10, finishChecksum(addWords(buf, ip, ip + IPV4_HEADER_BYTES)))

  return ETHERNET_HEADER_BYTES + IPV4_HEADER_BYTES + tcpLength
}

/** The frame's bytes, from the Ethernet destination address to the last payload byte. */
export function encodeFrame(f: TcpFrame): Uint8Array {
  const buf = new Uint8Array(frameLength(f))
  encodeFrameInto(buf, 0, f)
  return buf
}
