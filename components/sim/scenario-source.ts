/**
 * Finds a scenario by id. The engine's scenario catalogue is being written alongside; until it
 * lands, the player knows one demonstration scenario of its own so it can be embedded and tested.
 * When the catalogue exists, look ids up there first (one line below).
 */
import { type ScenarioInput } from '@/lib/tcp/scenario/schema'

/** A handshake, 100 bytes each way, and the client's close: every view has something to show. */
const handshakeAndClose: ScenarioInput = {
  name: 'sim-demo-handshake',
  title: 'Handshake, a request and a response, then close',
  hosts: { client: { ip: '10.0.0.1' }, server: { ip: '10.0.0.2' } },
  network: { latencyMs: 50 },
  apps: [
    {
      host: 'server',
      actions: [
        { do: 'listen', port: 80, backlog: 1, at: 0 },
        { do: 'send', bytes: 300, label: 'HTTP response', on: { received: 100 } },
        { do: 'close', on: 'eof' },
      ],
    },
    {
      host: 'client',
      actions: [
        { do: 'connect', to: 'server', port: 80, at: 10 },
        { do: 'send', bytes: 100, label: 'HTTP request', on: 'connected' },
        { do: 'close', on: { received: 300 } },
      ],
    },
  ],
}

/**
 * RFC 9293 §3.6.1 / tcp-facts: the client's last ACK is lost, the server retransmits its FIN, the
 * client re-ACKs from TIME-WAIT and restarts its timer. Question time-wait-2msl embeds it.
 */
const timeWaitFinalAckLost: ScenarioInput = {
  name: 'time-wait-final-ack-lost',
  title: 'TIME-WAIT when the final ACK is lost',
  hosts: { client: { ip: '10.0.0.1' }, server: { ip: '10.0.0.2' } },
  network: { latencyMs: 50 },
  apps: [
    {
      host: 'server',
      actions: [
        { do: 'listen', port: 80, at: 0 },
        { do: 'close', on: 'eof' },
      ],
    },
    {
      host: 'client',
      actions: [
        { do: 'connect', to: 'server', port: 80, at: 0 },
        { do: 'close', on: 'connected', after: 100 },
      ],
    },
  ],
  // The client's pure ACKs are the handshake's third segment and then the ACK of the server's FIN.
  faults: [{ kind: 'drop', match: { from: 'client', flags: 'ACK', payload: false }, nth: 2 }],
}

const DEMOS: Record<string, ScenarioInput> = {
  'sim-demo-handshake': handshakeAndClose,
  'time-wait-final-ack-lost': timeWaitFinalAckLost,
}

export function findScenario(id: string): ScenarioInput | undefined {
  return DEMOS[id]
}
