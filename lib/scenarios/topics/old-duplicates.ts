/**
 * Why three segments: "to prevent old duplicate connection initiations from causing confusion"
 * (RFC 9293 §3.5). The real recovery of Figure 8, and the counterfactual two-way handshake in
 * which the same old SYN opens a connection nobody asked for.
 */
import { profileKnob } from '../knobs'
import { type LibraryEntry } from '../types'
import { pair, text } from './common'

/** A SYN from an earlier incarnation of client:40000, still wandering the network. */
const oldSyn = (at: number) =>
  ({
    kind: 'inject',
    at,
    from: 'client',
    to: 'server',
    srcPort: 40_000,
    dstPort: 80,
    flags: 'SYN',
    seq: 90,
    label: 'old duplicate SYN',
  }) as const

export const oldDuplicateSynRecovery: LibraryEntry = {
  id: 'old-duplicate-syn-recovery',
  topic: 'handshake',
  title: text('An old duplicate SYN, and how the handshake recovers', '旧的重复 SYN 以及握手如何恢复'),
  summary: text(
    'RFC 9293 Figure 8. The client’s SYN (delayed) is overtaken by an old SYN from an earlier connection on the same ports. The server answers it with a SYN-ACK acknowledging 91; the client, whose SYN that is not, replies with a reset, and the server returns to LISTEN. When the real SYN arrives, the handshake completes normally.',
    'RFC 9293 图 8。客户端的 SYN（被延迟）被一个来自同一端口上一条旧连接的 SYN 抢先。服务器用确认号为 91 的 SYN-ACK 回应它；客户端发现确认的不是自己的 SYN，回以 RST，服务器回到 LISTEN。真正的 SYN 到达后，握手正常完成。',
  ),
  scenario: {
    name: 'old-duplicate-syn-recovery',
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    apps: [
      { host: 'server', actions: [{ at: 0, do: 'listen', port: 80 }] },
      { host: 'client', actions: [{ at: 0, do: 'connect', to: 'server', port: 80, localPort: 40_000 }] },
    ],
    faults: [{ kind: 'delay', match: { from: 'client', flags: 'SYN' }, nth: 1, delayMs: 150 }, oldSyn(10)],
    expect: [
      { note: 'old duplicate injected' },
      { segments: { from: 'client', flags: 'RST' }, exactly: 1 },
      { segments: { from: 'server', flags: 'SYN,ACK' }, exactly: 2 },
      { host: 'server', passesThrough: 'SYN-RECEIVED' },
      { host: 'client', endsIn: 'ESTABLISHED' },
      { host: 'server', endsIn: 'ESTABLISHED' },
    ],
  },
  knobs: [profileKnob('rfc')],
}

export const twoWayHandshakeOldDuplicate: LibraryEntry = {
  id: 'two-way-handshake-old-duplicate',
  topic: 'handshake',
  notTcp: true,
  title: text('NOT TCP: a two-way handshake opens a ghost connection', '并非 TCP：两次握手会建立幽灵连接'),
  summary: text(
    'Counterfactual. If the server were ESTABLISHED as soon as it answered a SYN, the old duplicate SYN alone would open a connection: the server accepts it and sends its 500-byte greeting to a client that never asked. Only the client’s reset, later, tears it down. The third segment is what lets the server wait for proof.',
    '反事实演示。如果服务器一回应 SYN 就进入 ESTABLISHED，一个旧的重复 SYN 就足以建立连接：服务器接受它，并把 500 字节的欢迎消息发给一个从未发起请求的客户端，直到稍后客户端的 RST 才将其拆除。正是第三个报文段让服务器得以等待对方的证明。',
  ),
  scenario: {
    name: 'two-way-handshake-old-duplicate',
    variants: ['two-way-handshake'],
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    until: 5000,
    apps: [
      {
        host: 'server',
        actions: [
          { at: 0, do: 'listen', port: 80 },
          { on: 'accepted', do: 'send', bytes: 500, label: 'greeting' },
        ],
      },
    ],
    faults: [oldSyn(10)],
    expect: [
      { note: 'COUNTERFACTUAL, NOT TCP' },
      { host: 'server', passesThrough: 'ESTABLISHED' },
      { segments: { from: 'server', label: 'greeting' }, atLeast: 1 },
      { segments: { from: 'client', hasFlags: 'RST' }, atLeast: 1 },
    ],
  },
  knobs: [],
}

export const OLD_DUPLICATES: readonly LibraryEntry[] = [oldDuplicateSynRecovery, twoWayHandshakeOldDuplicate]
