/**
 * A SYN for a four-tuple still in TIME-WAIT (RFC 9293 §3.10.7.4 MAY-2, RFC 6191; Linux
 * tcp_timewait_state_process()). The server closes first and keeps the TIME-WAIT; the client
 * reconnects from the same port a second later. No reset answers that SYN.
 */
import { profileKnob } from '../knobs'
import { type LibraryEntry } from '../types'
import { pair, text } from './common'

/** The server answers a 100-byte request with 300 bytes and closes first; the client follows. */
const connection = (name: string, at: number) => ({
  name,
  host: 'client',
  actions: [
    { at, do: 'connect' as const, to: 'server', port: 80, localPort: 40_000 },
    { on: 'connected' as const, do: 'send' as const, bytes: 100, label: `request (${name})` },
    { on: 'eof' as const, do: 'close' as const },
  ],
})

export const synIntoTimeWait: LibraryEntry = {
  id: 'syn-into-time-wait',
  topic: 'time-wait',
  title: text('A new SYN meets TIME-WAIT', '新的 SYN 遇上 TIME-WAIT'),
  summary: text(
    'The server closes first, so it holds the TIME-WAIT. One second later the client connects again from the same port. Its SYN’s sequence number is above everything the old connection used, so the server ends TIME-WAIT early and accepts it (RFC 9293 MAY-2; Linux does this). With a SYN below that mark, the TIME-WAIT side answers with its old ACK, the client resets that, and its retransmitted SYN gets in a second later. Neither case gets a RST to the SYN.',
    '服务器先关闭，所以 TIME-WAIT 在服务器一侧。一秒后客户端用同一个端口再次连接。它的 SYN 序号高于旧连接用过的所有序号，于是服务器提前结束 TIME-WAIT 并接受它（RFC 9293 MAY-2，Linux 也这样做）。如果 SYN 的序号低于这个界限，TIME-WAIT 一侧会回一个旧连接的 ACK，客户端对它回 RST，一秒后重传的 SYN 才被接受。两种情况下 SYN 都不会收到 RST。',
  ),
  scenario: {
    name: 'syn-into-time-wait',
    hosts: pair('linux'),
    network: { latencyMs: 10 },
    until: 120_000,
    apps: [
      {
        host: 'server',
        actions: [
          { at: 0, do: 'listen', port: 80 },
          { on: { received: 100 }, do: 'send', bytes: 300, label: 'response' },
          { on: { received: 100 }, after: 1, do: 'close' },
        ],
      },
      connection('first', 1),
      connection('second', 1000),
    ],
    expect: [
      { host: 'server', passesThrough: 'TIME-WAIT' },
      { note: 'new SYN above RCV.NXT in TIME-WAIT' },
      { segments: { from: 'server', hasFlags: 'RST' }, exactly: 0 },
      { segments: { from: 'server', flags: 'SYN,ACK' }, exactly: 2 },
      { segments: { from: 'client', flags: 'SYN', reason: 'retransmission' }, exactly: 0 },
    ],
  },
  knobs: [
    profileKnob('linux'),
    {
      id: 'client-isn',
      kind: 'select',
      label: text('Client’s initial sequence numbers', '客户端的初始序号'),
      help: text(
        'clock: the ISN grows with time, so the new SYN is above the old connection. fixed: both connections start at 0, so the new SYN is below it.',
        'clock：ISN 随时间增长，新 SYN 高于旧连接。fixed：两条连接都从 0 开始，新 SYN 低于旧连接。',
      ),
      options: [
        { value: 'clock', label: text('clock (RFC 9293 §3.4.1)', 'clock（RFC 9293 §3.4.1）') },
        { value: 'fixed', label: text('fixed at 0', '固定为 0') },
      ],
      default: 'clock',
      path: 'hosts.client.params.isn',
    },
  ],
}

export const TIME_WAIT_REOPEN: readonly LibraryEntry[] = [synIntoTimeWait]
