/** `sim --handshakes [RTT]`: the TLS/QUIC comparison table (lib/tls/compare.ts) as text. */
import { compareHandshakes } from '../tls/compare'

/** One line per handshake: round trips before the request and to the first response byte. */
export function formatHandshakes(rttMs: number): string[] {
  const rows = compareHandshakes(rttMs)
  const width = rows.reduce((most, r) => Math.max(most, r.title.length), 0)
  return [
    `# round trips at RTT ${rttMs} ms (TCP rows: ideal timeline; QUIC rows: the minimal datagram model)`,
    `${'handshake'.padEnd(width)}  request after  first byte after  bytes c→s  bytes s→c`,
    ...rows.map(
      (r) =>
        `${r.title.padEnd(width)}  ${`${r.requestAfterRtts} RTT`.padStart(13)}  ${`${r.responseAfterRtts} RTT (${r.responseAfterRtts * rttMs} ms)`.padStart(16)}  ${String(r.clientBytes).padStart(9)}  ${String(r.serverBytes).padStart(9)}`,
    ),
  ]
}
