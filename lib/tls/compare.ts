/**
 * One table for "how many round trips before the first HTTPS byte": every handshake at the same
 * RTT, with what each side put on the wire. TCP rows use the ideal timeline (the engine test in
 * scenario.test.ts checks the engine agrees); QUIC rows use the datagram model.
 */
import { idealTimeline } from './ideal'
import { type HandshakeId } from './message'
import { runQuic } from './quic'
import { flightStreamBytes } from './records'
import { HANDSHAKE_IDS, handshakeSpec, type SpecOptions } from './specs'

export interface ComparisonRow {
  readonly id: HandshakeId
  readonly title: string
  readonly transport: 'tcp' | 'quic'
  /** TCP only: the client had a Fast Open cookie, so the first flight rode in the SYN. */
  readonly fastOpen: boolean
  /** Round trips before the client could send its request. */
  readonly requestAfterRtts: number
  /** Round trips until the first response byte arrived. */
  readonly responseAfterRtts: number
  /** Handshake and HTTP bytes each way (TCP: stream bytes; QUIC: UDP payload bytes). */
  readonly clientBytes: number
  readonly serverBytes: number
}

export function compareHandshakes(rttMs = 100, o: SpecOptions = {}): ComparisonRow[] {
  const rows: ComparisonRow[] = []
  for (const id of HANDSHAKE_IDS) {
    const spec = handshakeSpec(id, o)
    if (spec.transport === 'quic') {
      const run = runQuic(spec, { rttMs })
      const sum = (side: 'client' | 'server') =>
        run.datagrams.filter((d) => d.from === side).reduce((n, d) => n + d.bytes, 0)
      rows.push({
        id,
        title: spec.title,
        transport: 'quic',
        fastOpen: false,
        requestAfterRtts: run.requestSentAt / rttMs,
        responseAfterRtts: run.roundTrips,
        clientBytes: sum('client'),
        serverBytes: sum('server'),
      })
      continue
    }
    const bytes = (side: 'client' | 'server') =>
      spec.flights.filter((f) => f.from === side).reduce((n, f) => n + flightStreamBytes(spec.version, f), 0)
    // Fast Open only changes the answer when the client may send its request in the first flight.
    for (const fastOpen of id === 'tls13-0rtt' ? [false, true] : [false]) {
      const t = idealTimeline(spec, { rttMs, fastOpen })
      rows.push({
        id,
        title: fastOpen ? `${spec.title} + TCP Fast Open` : spec.title,
        transport: 'tcp',
        fastOpen,
        requestAfterRtts: t.requestSentAt / rttMs,
        responseAfterRtts: t.roundTrips,
        clientBytes: bytes('client'),
        serverBytes: bytes('server'),
      })
    }
  }
  return rows
}
