/**
 * The classic libpcap file format (https://www.tcpdump.org/manpages/pcap-savefile.5.html and
 * draft-ietf-opsawg-pcap): a 24-byte global header, then a 16-byte record header before each
 * frame. Written little-endian with microsecond timestamps, the form tcpdump writes on x86.
 */
import { encodeFrameInto, frameLength, type TcpFrame } from './frame'

export const PCAP_MAGIC_MICROS = 0xa1b2c3d4
export const PCAP_VERSION_MAJOR = 2
export const PCAP_VERSION_MINOR = 4
/** LINKTYPE_ETHERNET (tcpdump.org link-layer header types). */
export const LINKTYPE_ETHERNET = 1
/** tcpdump's default snapshot length since 4.0; no frame of ours comes near it. */
export const SNAPLEN = 262144
export const GLOBAL_HEADER_BYTES = 24
export const RECORD_HEADER_BYTES = 16

export interface PcapOptions {
  /**
   * Wall-clock second the run's time 0 maps to. Defaults to 0 (1970-01-01), which keeps files
   * byte-identical across exports; Wireshark's relative time column is what readers look at.
   */
  readonly epochSeconds?: number
}

/** A complete .pcap file holding the frames in the order given. */
export function writePcap(frames: readonly TcpFrame[], opts: PcapOptions = {}): Uint8Array {
  let total = GLOBAL_HEADER_BYTES
  const lengths = frames.map((f) => frameLength(f))
  for (const n of lengths) total += RECORD_HEADER_BYTES + n
  const buf = new Uint8Array(total)
  const view = new DataView(buf.buffer)
  const LE = true

  view.setUint32(0, PCAP_MAGIC_MICROS, LE)
  view.setUint16(4, PCAP_VERSION_MAJOR, LE)
  view.setUint16(6, PCAP_VERSION_MINOR, LE)
  view.setInt32(8, 0, LE) // thiszone: timestamps are UTC
  view.setUint32(12, 0, LE) // sigfigs: always 0 in practice
  view.setUint32(16, SNAPLEN, LE)
  view.setUint32(20, LINKTYPE_ETHERNET, LE)

  const epoch = opts.epochSeconds ?? 0
  let at = GLOBAL_HEADER_BYTES
  frames.forEach((f, i) => {
    if (!(f.timeUs >= 0)) throw new Error(`Frame ${i} has a negative or missing time: ${f.timeUs}`)
    const us = Math.round(f.timeUs)
    view.setUint32(at, epoch + Math.floor(us / 1e6), LE)
    view.setUint32(at + 4, us % 1e6, LE)
    view.setUint32(at + 8, lengths[i], LE) // captured length
    view.setUint32(at + 12, lengths[i], LE) // original length: nothing is truncated
    at += RECORD_HEADER_BYTES
    at += encodeFrameInto(buf, at, f)
  })
  return buf
}
