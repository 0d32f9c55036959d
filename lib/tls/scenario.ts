/**
 * A handshake over TCP as an engine scenario: each side's applications send a flight (as many
 * bytes as its records take, labelled with its messages) once it has received every byte of the
 * peer's earlier flights, the same rule FlightPlayer applies. The engine then decides how the
 * bytes travel: segmentation, initial window, delayed ACKs, loss and retransmission.
 */
import { type ScenarioInput } from '@/lib/tcp'
import { flightLabel, type HandshakeSpec, type Side } from './message'
import { flightStreamBytes } from './records'

export interface TlsScenarioOptions {
  /** Round-trip time; each direction gets half (default 100 ms). */
  readonly rttMs?: number
  readonly seed?: number
  /** Extra scenario faults, e.g. dropping the segment that carries the server's Certificate. */
  readonly faults?: ScenarioInput['faults']
}

export const TLS_PORT = 443 // IANA "https"

type Action = NonNullable<ScenarioInput['apps']>[number]['actions'][number]

/** The scenario for `spec` (TCP transports only). */
export function tlsScenario(spec: HandshakeSpec, o: TlsScenarioOptions = {}): ScenarioInput {
  if (spec.transport !== 'tcp') throw new Error(`${spec.id} runs over the QUIC model, not TCP`)
  const sizes = spec.flights.map((f) => flightStreamBytes(spec.version, f))
  const needed = (side: Side, k: number): number =>
    sizes.slice(0, k).reduce((n, s, j) => (spec.flights[j].from === side ? n : n + s), 0)
  const sends = (side: Side): Action[] =>
    spec.flights.flatMap((f, k): Action[] => {
      if (f.from !== side) return []
      const label = flightLabel(f)
      const n = needed(side, k)
      // The client's first flight goes as soon as connect() completes.
      return [
        {
          do: 'send',
          bytes: sizes[k],
          label,
          ...(n === 0 ? { on: 'connected' as const } : { on: { received: n } }),
        },
      ]
    })
  const total = (side: Side): number => needed(side, spec.flights.length)
  return {
    name: `tls-${spec.id}`,
    title: spec.title,
    description: `${spec.title}, flight by flight over one TCP connection (${spec.source}).`,
    seed: o.seed ?? 1,
    hosts: { client: { ip: '10.0.0.1' }, server: { ip: '10.0.0.2' } },
    network: { latencyMs: (o.rttMs ?? 100) / 2 },
    apps: [
      {
        name: 'https-server',
        host: 'server',
        actions: [{ do: 'listen', port: TLS_PORT, at: 0 }, ...sends('server'), { do: 'close', on: 'eof' }],
      },
      {
        name: 'browser',
        host: 'client',
        actions: [
          { do: 'connect', to: 'server', port: TLS_PORT, at: 1 },
          ...sends('client'),
          // Once the whole response is in, the browser is done with this connection.
          { do: 'close', on: { received: total('client') } },
        ],
      },
    ],
    faults: o.faults ?? [],
  }
}
