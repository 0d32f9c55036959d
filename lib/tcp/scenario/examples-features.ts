/**
 * Reference scenarios for Fast Open (RFC 7413), TCP_DEFER_ACCEPT, the tail loss probe (RFC 8985)
 * and the fixed-ISN counterfactual (why RFC 9293 §3.4.1 / RFC 6528 make ISNs unpredictable).
 */
import { type ScenarioInput } from './schema'

const hosts = {
  client: { ip: '10.0.0.1', profile: 'linux' as const },
  server: { ip: '10.0.0.2', profile: 'linux' as const },
}

/**
 * Fast Open: the first visit's SYN requests a cookie, the SYN-ACK returns one; the second visit's
 * SYN carries cookie and request, which the server's application reads before the final ACK.
 */
export const fastOpen: ScenarioInput = {
  name: 'fast-open',
  hosts: { client: hosts.client, server: { ...hosts.server, params: { fastOpen: 'both' } } },
  network: { latencyMs: 50 },
  apps: [
    {
      host: 'server',
      actions: [
        { at: 0, do: 'listen', port: 80, fastOpen: true },
        { on: { received: 100 }, do: 'send', bytes: 300, label: 'response' },
        { on: 'eof', do: 'close' },
      ],
    },
    {
      name: 'first-visit',
      host: 'client',
      actions: [
        { at: 0, do: 'connect', to: 'server', port: 80, fastOpen: true },
        { on: 'connected', do: 'send', bytes: 100, label: 'first request' },
        { on: { received: 300 }, do: 'close' },
      ],
    },
    {
      name: 'second-visit',
      host: 'client',
      actions: [
        { at: 2000, do: 'connect', to: 'server', port: 80, fastOpen: true },
        { on: 'connected', do: 'send', bytes: 100, label: 'second request' },
      ],
    },
  ],
  until: 10_000,
  expect: [
    { segments: { from: 'client', hasFlags: 'SYN', label: 'second request', payload: true }, exactly: 1 },
    { segments: { from: 'client', hasFlags: 'SYN', label: 'first request' }, exactly: 0 },
    { segments: { from: 'server', label: 'response' }, exactly: 2 },
    { note: 'Fast Open cookie requested' },
    { note: 'bytes accepted from the SYN' },
  ],
}

/** TCP_DEFER_ACCEPT: the bare final ACK is ignored; the request completes the handshake. */
export const deferAccept: ScenarioInput = {
  name: 'defer-accept',
  hosts,
  network: { latencyMs: 20 },
  apps: [
    {
      host: 'server',
      actions: [
        { at: 0, do: 'listen', port: 80, deferAcceptMs: 5000 },
        { on: { received: 100 }, do: 'send', bytes: 200, label: 'response' },
      ],
    },
    {
      host: 'client',
      actions: [
        { at: 0, do: 'connect', to: 'server', port: 80 },
        { on: 'connected', after: 2500, do: 'send', bytes: 100, label: 'request' },
      ],
    },
  ],
  until: 10_000,
  expect: [
    { segments: { from: 'server', flags: 'SYN, ACK', reason: 'retransmission' }, atLeast: 1 },
    { segments: { from: 'client', flags: 'PSH, ACK', label: 'request' }, exactly: 1 },
    { host: 'server', endsIn: 'ESTABLISHED' },
  ],
}

/** RFC 8985: the lost last segment is re-sent by a probe at ≈ 2·SRTT + 200 ms, long before the RTO. */
export const tailLossProbe: ScenarioInput = {
  name: 'tail-loss-probe',
  hosts: {
    client: { ip: '10.0.0.1', profile: 'rfc', params: { tailLossProbe: true } },
    server: { ip: '10.0.0.2', profile: 'rfc' },
  },
  network: { latencyMs: 20 },
  apps: [
    { host: 'server', actions: [{ at: 0, do: 'listen', port: 80 }] },
    {
      host: 'client',
      actions: [
        { at: 0, do: 'connect', to: 'server', port: 80 },
        { on: 'connected', do: 'send', bytes: 4000, label: 'request' },
      ],
    },
  ],
  faults: [{ kind: 'drop', match: { from: 'client', payload: true }, nth: 3 }],
  until: 10_000,
  expect: [
    { segments: { from: 'client', reason: 'tail-loss-probe', label: 'request' }, exactly: 1 },
    { segments: { from: 'client', reason: 'retransmission' }, exactly: 0 },
  ],
}

/**
 * Counterfactual, NOT TCP: every connection starts at the same ISN, so an off-path attacker can
 * complete a handshake in a trusted host's name without seeing the SYN-ACK (the 1994 Mitnick
 * attack on rsh). The trusted client is down, so nobody resets the server's half-open entry.
 */
export const fixedIsnBlindSpoof: ScenarioInput = {
  name: 'fixed-isn-blind-spoof',
  variants: ['fixed-isn'],
  hosts: { ...hosts, attacker: { ip: '10.0.0.66', profile: 'linux' } },
  network: { latencyMs: 10 },
  apps: [{ host: 'server', actions: [{ at: 0, do: 'listen', port: 513 }] }],
  faults: [
    { kind: 'crash', host: 'client', at: 0 },
    // The attacker forges the client's address: a SYN, then (blind) the ACK the server expects
    // if its ISN is the predictable 0, with a command; SEG.ACK = ISN + 1 = 1.
    {
      kind: 'inject',
      at: 10,
      from: 'attacker',
      to: 'server',
      spoofAs: 'client',
      srcPort: 1023,
      dstPort: 513,
      flags: 'SYN',
      seq: 5000,
    },
    {
      kind: 'inject',
      at: 100,
      from: 'attacker',
      to: 'server',
      spoofAs: 'client',
      srcPort: 1023,
      dstPort: 513,
      flags: 'ACK',
      seq: 5001,
      ack: 1,
      bytes: 20,
      label: 'echo + + >> .rhosts',
    },
  ],
  until: 10_000,
  expect: [
    { host: 'server', passesThrough: 'ESTABLISHED' },
    { segments: { from: 'server', hasFlags: 'RST' }, exactly: 0 },
    { note: 'every connection starts at the same ISN' },
  ],
}

/** The same attack against real TCP: the guessed ACK misses the server's ISN and draws a reset. */
export const blindSpoofRefused: ScenarioInput = {
  ...fixedIsnBlindSpoof,
  name: 'blind-spoof-refused',
  variants: [],
  expect: [
    { host: 'server', neverEnters: 'ESTABLISHED' },
    { segments: { from: 'server', flags: 'RST' }, exactly: 1 },
  ],
}

export const FEATURE_EXAMPLES: readonly ScenarioInput[] = [
  fastOpen,
  deferAccept,
  tailLossProbe,
  fixedIsnBlindSpoof,
  blindSpoofRefused,
]
