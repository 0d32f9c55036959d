/**
 * Reference scenarios for simultaneous open and close, the listener under a SYN flood and the
 * handshake and TIME-WAIT counterfactuals. Four lessons share a topic with these under the plain
 * id (`simultaneous-open`, …), so these carry a `-reference` suffix: the same id never names two
 * scenarios. (Keepalive to a dead peer ran the very trace of the lesson `keepalive-dead-peer`,
 * which is now the golden entry itself.)
 */
import { lostLastAck } from './basics'
import { text } from '../topics/common'
import { type LibraryEntry } from '../types'
import { type NamedScenario, reference } from './entry'

const hosts = {
  client: { ip: '10.0.0.1', profile: 'linux' as const },
  server: { ip: '10.0.0.2', profile: 'linux' as const },
}

/** Both ends connect to each other at once: SYN-SENT → SYN-RECEIVED → ESTABLISHED on both (MUST-10). */
export const simultaneousOpen: NamedScenario = {
  name: 'simultaneous-open-reference',
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
export const simultaneousClose: NamedScenario = {
  name: 'simultaneous-close-reference',
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

/** A flood of spoofed SYNs fills listen(4)'s SYN queue; SYN cookies still let the real client in. */
export const synFloodCookies: NamedScenario = {
  name: 'syn-flood-cookies-reference',
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
export const synFloodNoCookies: NamedScenario = {
  ...synFloodCookies,
  name: 'syn-flood-no-cookies-reference',
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
export const twoWayHandshakeGhost: NamedScenario = {
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
export const oldDuplicateSyn: NamedScenario = {
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
export const timeWaitZero: NamedScenario = {
  ...lostLastAck,
  name: 'time-wait-zero',
  variants: ['time-wait-zero'],
  expect: [
    // The retransmitted FIN meets no connection, so the server's close ends in a reset, not an ACK.
    { segments: { from: 'client', hasFlags: 'RST' }, atLeast: 1 },
    { note: 'TIME-WAIT of zero' },
  ],
}

export const STATES_AND_LISTENER: readonly LibraryEntry[] = [
  reference(simultaneousOpen, {
    topic: 'handshake',
    title: text('Simultaneous open, both ends on Linux', '同时打开，两端都是 Linux'),
    summary: text(
      'Both ends connect to each other at once: each goes SYN-SENT → SYN-RECEIVED → ESTABLISHED.',
      '两端同时向对方发起连接：各自经历 SYN-SENT → SYN-RECEIVED → ESTABLISHED。',
    ),
  }),
  reference(simultaneousClose, {
    topic: 'close',
    title: text('Simultaneous close at the same instant', '同一时刻的同时关闭'),
    summary: text(
      'Both applications close at 500 ms: each end goes FIN-WAIT-1 → CLOSING → TIME-WAIT.',
      '双方应用都在 500 毫秒时关闭：两端各自经历 FIN-WAIT-1 → CLOSING → TIME-WAIT。',
    ),
  }),
  reference(synFloodCookies, {
    topic: 'listen-queues',
    title: text('SYN flood on a backlog of 4, cookies on', 'backlog 为 4 时的 SYN 洪泛，开启 cookie'),
    summary: text(
      "Fifty spoofed SYNs fill the listener's SYN queue; a SYN cookie still lets the real client in.",
      '五十个伪造的 SYN 填满监听套接字的 SYN 队列；SYN cookie 仍让真正的客户端连了进来。',
    ),
  }),
  reference(synFloodNoCookies, {
    topic: 'listen-queues',
    title: text('SYN flood on a backlog of 4, cookies off', 'backlog 为 4 时的 SYN 洪泛，关闭 cookie'),
    summary: text(
      "The same flood without cookies: the client's SYNs are dropped and it retransmits until entries expire.",
      '同样的洪泛但没有 cookie：客户端的 SYN 被丢弃，它不断重传，直到队列中的条目过期。',
    ),
  }),
  reference(twoWayHandshakeGhost, {
    topic: 'handshake',
    notTcp: true,
    title: text('NOT TCP: a two-way handshake opens a ghost', '并非 TCP：两次握手打开了幽灵连接'),
    summary: text(
      'With a two-way handshake an old duplicate SYN is enough to put the server in ESTABLISHED for a connection nobody wants.',
      '如果只有两次握手，一个旧的重复 SYN 就足以让服务器为一条无人需要的连接进入 ESTABLISHED。',
    ),
  }),
  reference(oldDuplicateSyn, {
    topic: 'handshake',
    title: text('An old duplicate SYN is reset', '旧的重复 SYN 被重置'),
    summary: text(
      "The same old duplicate SYN against real TCP: the client's RST sends the server back to LISTEN.",
      '同一个旧的重复 SYN 遇到真实的 TCP：客户端的 RST 让服务器回到 LISTEN。',
    ),
  }),
  reference(timeWaitZero, {
    topic: 'time-wait',
    notTcp: true,
    title: text(
      'NOT TCP: no TIME-WAIT, and the last ACK is lost',
      '并非 TCP：没有 TIME-WAIT，且最后的 ACK 丢失',
    ),
    summary: text(
      "Without TIME-WAIT the retransmitted FIN meets no connection, so the server's clean close ends in a reset.",
      '没有 TIME-WAIT 时，重传的 FIN 找不到连接，服务器本应正常的关闭以 RST 告终。',
    ),
  }),
]
