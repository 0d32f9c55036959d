/** Reference scenarios for the listener, keepalive, simultaneous open/close and the counterfactuals. */
import { lostLastAck } from './examples'
import { type ScenarioInput } from './schema'

const hosts = {
  client: { ip: '10.0.0.1', profile: 'linux' as const },
  server: { ip: '10.0.0.2', profile: 'linux' as const },
}

/** Both ends connect to each other at once: SYN-SENT → SYN-RECEIVED → ESTABLISHED on both (MUST-10). */
export const simultaneousOpen: ScenarioInput = {
  name: 'simultaneous-open',
  hosts,
  apps: [
    { host: 'client', actions: [{ at: 0, do: 'connect', to: 'server', port: 5000, localPort: 6000 }] },
    { host: 'server', actions: [{ at: 0, do: 'connect', to: 'client', port: 6000, localPort: 5000 }] },
  ],
  until: 1000,
  expect: [
    { host: 'client', passesThrough: 'SYN-RECEIVED' },
    { host: 'server', passesThrough: 'SYN-RECEIVED' },
    { host: 'client', endsIn: 'ESTABLISHED' },
    { host: 'server', endsIn: 'ESTABLISHED' },
  ],
}

/** Both applications close at the same instant: FIN-WAIT-1 → CLOSING → TIME-WAIT on both sides. */
export const simultaneousClose: ScenarioInput = {
  name: 'simultaneous-close',
  hosts,
  apps: [
    {
      host: 'server',
      actions: [
        { at: 0, do: 'listen', port: 80 },
        { at: 500, do: 'close' },
      ],
    },
    {
      host: 'client',
      actions: [
        { at: 0, do: 'connect', to: 'server', port: 80 },
        { at: 500, do: 'close' },
      ],
    },
  ],
  expect: [
    { host: 'client', passesThrough: 'CLOSING' },
    { host: 'server', passesThrough: 'CLOSING' },
    { host: 'server', passesThrough: 'TIME-WAIT' },
  ],
}

/** The peer is unplugged: Linux keepalive probes 9 times, 75 s apart, after 2 h idle, then resets. */
export const keepaliveDeadPeer: ScenarioInput = {
  name: 'keepalive-dead-peer',
  hosts,
  apps: [
    { host: 'server', actions: [{ at: 0, do: 'listen', port: 80 }] },
    {
      host: 'client',
      actions: [
        { at: 0, do: 'connect', to: 'server', port: 80 },
        { on: 'connected', do: 'setsockopt', keepalive: true },
      ],
    },
  ],
  faults: [{ kind: 'firewall', host: 'server', at: 1000 }],
  until: 3 * 3600_000,
  expect: [
    { segments: { from: 'client', reason: 'keepalive' }, exactly: 9 },
    { host: 'client', appError: 'ETIMEDOUT' },
    { note: '9 keepalive probes unanswered' },
  ],
}

/** A flood of spoofed SYNs fills listen(4)'s SYN queue; SYN cookies still let the real client in. */
export const synFloodCookies: ScenarioInput = {
  name: 'syn-flood-cookies',
  hosts: { ...hosts, attacker: { ip: '10.0.0.66', profile: 'linux' } },
  apps: [
    { host: 'server', actions: [{ at: 0, do: 'listen', port: 80, backlog: 4 }] },
    { host: 'client', actions: [{ at: 200, do: 'connect', to: 'server', port: 80 }] },
  ],
  faults: [
    { kind: 'syn-flood', from: 'attacker', to: 'server', port: 80, at: 0, ratePerSec: 1000, count: 50 },
  ],
  until: 120_000,
  expect: [
    { note: 'Possible SYN flooding on port 80. Sending cookies.' },
    { segments: { from: 'server', reason: 'syn-cookie', to: 'client' }, exactly: 1 },
    { host: 'client', passesThrough: 'ESTABLISHED' },
  ],
}

/** The same flood with cookies off: the client's SYNs are silently dropped until entries expire. */
export const synFloodNoCookies: ScenarioInput = {
  ...synFloodCookies,
  name: 'syn-flood-no-cookies',
  hosts: {
    ...synFloodCookies.hosts,
    server: { ip: '10.0.0.2', profile: 'linux', params: { synCookies: 'off' } },
  },
  expect: [
    { segments: { from: 'client', flags: 'SYN', reason: 'retransmission' }, atLeast: 3 },
    { host: 'server', neverEnters: 'CLOSING' },
  ],
}

/** Counterfactual, NOT TCP: with a two-way handshake an old duplicate SYN opens a ghost connection. */
export const twoWayHandshakeGhost: ScenarioInput = {
  name: 'two-way-handshake-ghost',
  variants: ['two-way-handshake'],
  hosts,
  apps: [{ host: 'server', actions: [{ at: 0, do: 'listen', port: 80 }] }],
  faults: [
    {
      kind: 'inject',
      at: 10,
      from: 'client',
      to: 'server',
      srcPort: 40_000,
      dstPort: 80,
      flags: 'SYN',
      seq: 12_345,
    },
  ],
  until: 5000,
  expect: [{ host: 'server', passesThrough: 'ESTABLISHED' }],
}

/** Real TCP with the same old duplicate SYN: the client's RST sends the server back to LISTEN (Figure 8). */
export const oldDuplicateSyn: ScenarioInput = {
  ...twoWayHandshakeGhost,
  name: 'old-duplicate-syn',
  variants: [],
  expect: [
    { host: 'server', passesThrough: 'LISTEN' },
    { host: 'server', neverEnters: 'ESTABLISHED' },
    { segments: { from: 'client', flags: 'RST' }, exactly: 1 },
  ],
}

/** Counterfactual, NOT TCP: without TIME-WAIT the lost last ACK turns a clean close into a reset. */
export const timeWaitZero: ScenarioInput = {
  ...lostLastAck,
  name: 'time-wait-zero',
  variants: ['time-wait-zero'],
  expect: [
    // The retransmitted FIN meets no connection, so the server's close ends in a reset, not an ACK.
    { segments: { from: 'client', hasFlags: 'RST' }, atLeast: 1 },
    { note: 'TIME-WAIT of zero' },
  ],
}

export const MORE_EXAMPLES: readonly ScenarioInput[] = [
  simultaneousOpen,
  simultaneousClose,
  keepaliveDeadPeer,
  synFloodCookies,
  synFloodNoCookies,
  twoWayHandshakeGhost,
  oldDuplicateSyn,
  timeWaitZero,
]
