/**
 * Reference scenarios for Fast Open (RFC 7413), TCP_DEFER_ACCEPT, the tail loss probe (RFC 8985)
 * and the fixed-ISN counterfactual (why RFC 9293 §3.4.1 / RFC 6528 make ISNs unpredictable).
 */
import { text } from '../topics/common'
import { type LibraryEntry } from '../types'
import { type NamedScenario, reference } from './entry'

const hosts = {
  client: { ip: '10.0.0.1', profile: 'linux' as const },
  server: { ip: '10.0.0.2', profile: 'linux' as const },
}

/**
 * Fast Open: the first visit's SYN requests a cookie, the SYN-ACK returns one; the second visit's
 * SYN carries cookie and request, which the server's application reads before the final ACK.
 */
export const fastOpen: NamedScenario = {
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
export const deferAccept: NamedScenario = {
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
export const tailLossProbe: NamedScenario = {
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
export const fixedIsnBlindSpoof: NamedScenario = {
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
export const blindSpoofRefused: NamedScenario = {
  ...fixedIsnBlindSpoof,
  name: 'blind-spoof-refused',
  variants: [],
  expect: [
    { host: 'server', neverEnters: 'ESTABLISHED' },
    { segments: { from: 'server', flags: 'RST' }, exactly: 1 },
  ],
}

export const FEATURES: readonly LibraryEntry[] = [
  reference(fastOpen, {
    topic: 'fast-open',
    title: text(
      'TCP Fast Open: cookie, then data on the SYN',
      'TCP Fast Open：先取 cookie，再在 SYN 上带数据',
    ),
    summary: text(
      "The first visit's SYN asks for a cookie and the SYN-ACK returns one; the second visit's SYN carries the cookie and the request, which the server reads before the final ACK.",
      '第一次访问的 SYN 请求 cookie，SYN-ACK 返回一个；第二次访问的 SYN 携带 cookie 和请求，服务器在最后的 ACK 到达前就读到了它。',
    ),
  }),
  reference(deferAccept, {
    topic: 'listen-queues',
    title: text('TCP_DEFER_ACCEPT waits for the request', 'TCP_DEFER_ACCEPT 等待请求到来'),
    summary: text(
      "The listener ignores the handshake's bare final ACK; the first data segment completes the handshake and the accept.",
      '监听套接字忽略握手中不带数据的最后一个 ACK；第一个数据报文段才完成握手和 accept。',
    ),
  }),
  reference(tailLossProbe, {
    topic: 'failure',
    title: text('Tail loss probe re-sends the last segment', '尾部丢失探测重发最后一个报文段'),
    summary: text(
      'The last data segment is lost; a probe about 2·SRTT + 200 ms later re-sends it, long before the retransmission timer would.',
      '最后一个数据报文段丢失；约 2·SRTT + 200 毫秒后一次探测把它重发，远早于重传定时器。',
    ),
  }),
  reference(fixedIsnBlindSpoof, {
    topic: 'handshake',
    notTcp: true,
    title: text('NOT TCP: a fixed ISN lets a blind attacker in', '并非 TCP：固定 ISN 让盲攻击者得手'),
    summary: text(
      "Every connection starts at the same ISN, so an off-path attacker completes a handshake in a trusted host's name without seeing the SYN-ACK, and sends a command.",
      '每条连接都从同一个 ISN 开始，于是路径外的攻击者无需看到 SYN-ACK 就能冒充受信主机完成握手并发送命令。',
    ),
  }),
  reference(blindSpoofRefused, {
    topic: 'handshake',
    title: text('Real ISNs stop the blind spoof', '真实的 ISN 挡住盲目伪造'),
    summary: text(
      "The same attack against real TCP: the guessed ACK misses the server's ISN and draws a reset.",
      '同样的攻击打在真实的 TCP 上：猜测的 ACK 对不上服务器的 ISN，换来一个 RST。',
    ),
  }),
]
