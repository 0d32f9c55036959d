/**
 * pcap export: `traceToPcap(trace, { at: 'host', host: 'client' })` gives a file Wireshark opens.
 * Two layers: frame records → bytes (frame.ts, pcap-file.ts), and trace → frame records as seen
 * from one capture point (from-trace.ts). read-pcap.ts reads such files back.
 */
export {
  type CapturePoint,
  framesFromTrace,
  type TraceExportOptions,
  traceToPcap,
  traceToPcapng,
} from './from-trace'
export { encodeFrame, type TcpFrame } from './frame'
export { formatMac, macForHost } from './mac'
export { type PcapOptions, writePcap } from './pcap-file'
export { type PcapngOptions, writePcapng } from './pcapng-file'
export { type ReadFrame, readPcap } from './read-pcap'
