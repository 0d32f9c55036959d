/**
 * Reference scenarios: each is plain data (what a content author writes) with the expectations
 * that pin what TCP does. The scenario library builds on these shapes.
 */
import { type ScenarioInput } from './schema'

const pair = (profile: 'rfc' | 'linux') => ({
  client: { ip: '10.0.0.1', profile },
  server: { ip: '10.0.0.2', profile },
})

/** A request/response over one connection, closed the Linux way: the ACK of the FIN rides on the server's FIN. */
export const linuxQuickClose: ScenarioInput = {
  name: 'linux-quick-close',
  title: 'HTTP-like exchange; Linux closes in three segments',
  seed: 1,
  hosts: pair('linux'),
  apps: [
    {
      host: 'server',
      actions: [
        { at: 0, do: 'listen', port: 80 },
        { on: { received: 100 }, do: 'send', bytes: 500, label: '200 OK' },
        { on: 'eof', do: 'close' },
      ],
    },
    {
      host: 'client',
      actions: [
        { at: 1, do: 'connect', to: 'server', port: 80 },
        { on: 'connected', do: 'send', bytes: 100, label: 'GET /' },
        { on: { received: 500 }, do: 'close' },
      ],
    },
  ],
  expect: [
    { host: 'server', passesThrough: 'LAST-ACK' },
    { host: 'client', passesThrough: 'TIME-WAIT' },
    { closeSegments: 3 },
    { host: 'client', endsIn: 'CLOSED' },
  ],
}

/** The same exchange under the RFC profile: the FIN is ACKed at once, so the close takes four segments. */
export const textbookClose: ScenarioInput = {
  ...linuxQuickClose,
  name: 'textbook-close',
  title: 'The RFC 9293 four-segment close',
  hosts: pair('rfc'),
  apps: [
    {
      host: 'server',
      actions: [
        { at: 0, do: 'listen', port: 80 },
        { on: { received: 100 }, do: 'send', bytes: 500, label: '200 OK' },
        { on: 'eof', after: 50, do: 'close' },
      ],
    },
    {
      host: 'client',
      actions: [
        { at: 1, do: 'connect', to: 'server', port: 80 },
        { on: 'connected', do: 'send', bytes: 100, label: 'GET /' },
        { on: { received: 500 }, do: 'close' },
      ],
    },
  ],
  expect: [
    { host: 'client', passesThrough: 'FIN-WAIT-2' },
    { host: 'server', passesThrough: 'CLOSE-WAIT' },
    { closeSegments: 4 },
    { host: 'client', passesThrough: 'TIME-WAIT' },
  ],
}

/** A SYN to a port nobody listens on: <SEQ=0><ACK=SEG.SEQ+1><CTL=RST,ACK>, and connect() fails. */
export const connectionRefused: ScenarioInput = {
  name: 'connection-refused',
  title: 'SYN to a closed port',
  hosts: pair('linux'),
  apps: [{ host: 'client', actions: [{ at: 0, do: 'connect', to: 'server', port: 81 }] }],
  expect: [
    { segments: { from: 'server', flags: 'RST,ACK' }, exactly: 1 },
    { host: 'client', endsIn: 'CLOSED', error: 'ECONNREFUSED' },
  ],
}

/** The client's last ACK is lost: the server retransmits its FIN and TIME-WAIT answers it again. */
export const lostLastAck: ScenarioInput = {
  name: 'lost-last-ack',
  title: 'Why TIME-WAIT: the last ACK is lost',
  hosts: pair('rfc'),
  apps: [
    {
      host: 'server',
      actions: [
        { at: 0, do: 'listen', port: 80 },
        { on: 'eof', after: 10, do: 'close' },
      ],
    },
    {
      host: 'client',
      actions: [
        { at: 1, do: 'connect', to: 'server', port: 80 },
        { on: 'connected', after: 5, do: 'close' },
      ],
    },
  ],
  faults: [{ kind: 'drop', match: { from: 'client', flags: 'ACK', payload: false }, nth: 2 }],
  expect: [
    { segments: { from: 'server', hasFlags: 'FIN', reason: 'retransmission' }, atLeast: 1 },
    { note: 'retransmitted FIN in TIME-WAIT' },
    { host: 'server', passesThrough: 'LAST-ACK' },
    { host: 'server', endsIn: 'CLOSED' },
  ],
}

/**
 * The server is unreachable: Linux 6.5+ re-sends the SYN at 1, 2, 3, 4, 5, 7, 11, 19, 35 and 67 s
 * (tcp_syn_linear_timeouts 4, tcp_syn_retries 6) and gives up at 131 s.
 */
export const synRetries: ScenarioInput = {
  name: 'syn-retries',
  title: 'SYN retransmissions against a silent firewall',
  hosts: pair('linux'),
  apps: [
    { host: 'server', actions: [{ at: 0, do: 'listen', port: 80 }] },
    { host: 'client', actions: [{ at: 0, do: 'connect', to: 'server', port: 80 }] },
  ],
  faults: [{ kind: 'firewall', host: 'server', at: 0 }],
  expect: [
    { segments: { from: 'client', flags: 'SYN', reason: 'retransmission' }, exactly: 10 },
    { host: 'client', endsIn: 'CLOSED', error: 'ETIMEDOUT' },
  ],
}

export const EXAMPLES: readonly ScenarioInput[] = [
  linuxQuickClose,
  textbookClose,
  connectionRefused,
  lostLastAck,
  synRetries,
]
