/**
 * The pcapng format (draft-ietf-opsawg-pcapng §4): a Section Header Block, one Interface
 * Description Block, then an Enhanced Packet Block per frame. Chosen over classic pcap when
 * frames carry comments: Wireshark shows each as `frame.comment`, so a capture of a run can say
 * "ClientHello", "keepalive probe" or "dropped by the network" beside the packet it concerns.
 */
import { encodeFrameInto, frameLength, type TcpFrame } from './frame'
import { LINKTYPE_ETHERNET, SNAPLEN } from './pcap-file'

const SHB = 0x0a0d0d0a
const IDB = 0x00000001
const EPB = 0x00000006
const BYTE_ORDER_MAGIC = 0x1a2b3c4d
const OPT_ENDOFOPT = 0
const OPT_COMMENT = 1
const SHB_USERAPPL = 4
// No if_tsresol option: timestamps are then in microseconds (§4.2), as in classic pcap.

export interface PcapngOptions {
  /** Wall-clock second the run's time 0 maps to (default 0, so exports are byte-identical). */
  readonly epochSeconds?: number
  /** Written as shb_userappl, the application that made the file. */
  readonly application?: string
}

const pad4 = (n: number): number => (n + 3) & ~3
const encoder = new TextEncoder()

/** Bytes of an option list holding the given (code, value) pairs plus opt_endofopt. */
const optionsLength = (values: readonly Uint8Array[]): number =>
  values.length === 0 ? 0 : values.reduce((n, v) => n + 4 + pad4(v.length), 4)

function writeOptions(
  view: DataView,
  buf: Uint8Array,
  at: number,
  opts: readonly [number, Uint8Array][],
): number {
  if (opts.length === 0) return at
  for (const [code, value] of opts) {
    view.setUint16(at, code, true)
    view.setUint16(at + 2, value.length, true)
    buf.set(value, at + 4)
    at += 4 + pad4(value.length)
  }
  view.setUint32(at, OPT_ENDOFOPT, true) // code 0, length 0
  return at + 4
}

/** A pcapng file holding the frames in order; each frame's `comment` becomes an opt_comment. */
export function writePcapng(frames: readonly TcpFrame[], opts: PcapngOptions = {}): Uint8Array {
  const app = encoder.encode(opts.application ?? 'Handshake TCP simulator')
  const comments = frames.map((f) => (f.comment ? encoder.encode(f.comment) : undefined))
  const lengths = frames.map((f) => frameLength(f))
  const shbLength = 28 + optionsLength([app])
  const idbLength = 20
  let total = shbLength + idbLength
  frames.forEach((_, i) => {
    const c = comments[i]
    total += 32 + pad4(lengths[i]) + (c ? optionsLength([c]) : 0)
  })
  const buf = new Uint8Array(total)
  const view = new DataView(buf.buffer)
  const LE = true

  // Section Header Block (§4.1); section length −1: "not specified".
  view.setUint32(0, SHB, LE)
  view.setUint32(4, shbLength, LE)
  view.setUint32(8, BYTE_ORDER_MAGIC, LE)
  view.setUint16(12, 1, LE)
  view.setUint16(14, 0, LE)
  view.setInt32(16, -1, LE)
  view.setInt32(20, -1, LE)
  let at = writeOptions(view, buf, 24, [[SHB_USERAPPL, app]])
  view.setUint32(at, shbLength, LE)
  at += 4

  // Interface Description Block (§4.2).
  view.setUint32(at, IDB, LE)
  view.setUint32(at + 4, idbLength, LE)
  view.setUint16(at + 8, LINKTYPE_ETHERNET, LE)
  view.setUint32(at + 12, SNAPLEN, LE)
  view.setUint32(at + 16, idbLength, LE)
  at += idbLength

  const epochUs = (opts.epochSeconds ?? 0) * 1e6
  frames.forEach((f, i) => {
    if (!(f.timeUs >= 0)) throw new Error(`Frame ${i} has a negative or missing time: ${f.timeUs}`)
    const c = comments[i]
    const blockLength = 32 + pad4(lengths[i]) + (c ? optionsLength([c]) : 0)
    const us = epochUs + Math.round(f.timeUs)
    // Enhanced Packet Block (§4.3): a 64-bit timestamp split into high and low words.
    view.setUint32(at, EPB, LE)
    view.setUint32(at + 4, blockLength, LE)
    view.setUint32(at + 8, 0, LE) // interface 0
    view.setUint32(at + 12, Math.floor(us / 2 ** 32), LE)
    view.setUint32(at + 16, us % 2 ** 32, LE)
    view.setUint32(at + 20, lengths[i], LE)
    view.setUint32(at + 24, lengths[i], LE)
    encodeFrameInto(buf, at + 28, f)
    const end = writeOptions(view, buf, at + 28 + pad4(lengths[i]), c ? [[OPT_COMMENT, c]] : [])
    view.setUint32(end, blockLength, LE)
    at = end + 4
  })
  return buf
}
