/**
 * Liveness with data in flight: an application heartbeat to a peer that vanished. The heartbeat
 * is data, so the retransmission timer (tcp_retries2) decides when the connection dies, not
 * keepalive: Linux's tcp_keepalive_timer() skips its probe while packets are outstanding.
 */
import { profileKnob } from '../knobs'
import { type LibraryEntry } from '../types'
import { pair, text } from './common'

/** A keepalive an application might set for itself: probes after 60 s idle, 3 × 10 s apart. */
const TUNED_KEEPALIVE = { idleMs: 60_000, intervalMs: 10_000, probes: 3 }

export const heartbeatDeadPeer: LibraryEntry = {
  id: 'heartbeat-dead-peer',
  topic: 'keepalive',
  title: text('A heartbeat to a vanished peer', '向已消失的对端发送心跳'),
  summary: text(
    'The client sends an 8-byte ping every 10 s and has keepalive tuned to 60 s / 10 s / 3. The server vanishes at 15 s. The ping at 20 s is never ACKed, so it is data in flight: the retransmission timer backs off up to 120 s, keepalive sends no probe while data is outstanding, and the connection dies with ETIMEDOUT only after 15 retransmissions (about 925 s). An application that waits for its own pong knows in seconds.',
    '客户端每 10 秒发送 8 字节的 ping，并把保活调成 60 秒 / 10 秒 / 3 次。服务器在第 15 秒消失。第 20 秒的 ping 永远得不到确认，它是在途数据：重传定时器一路退避到 120 秒，保活在有未确认数据时不发探测，连接直到 15 次重传（约 925 秒）之后才以 ETIMEDOUT 结束。而等待自己 pong 的应用几秒钟就能知道。',
  ),
  scenario: {
    name: 'heartbeat-dead-peer',
    hosts: pair('linux'),
    network: { latencyMs: 10 },
    until: 1_200_000,
    apps: [
      { host: 'server', actions: [{ at: 0, do: 'listen', port: 80 }] },
      {
        host: 'client',
        actions: [
          { at: 0, do: 'connect', to: 'server', port: 80 },
          { on: 'connected', do: 'setsockopt', keepalive: TUNED_KEEPALIVE },
          { at: 10_000, do: 'send', bytes: 8, label: 'ping' },
          { at: 20_000, do: 'send', bytes: 8, label: 'ping' },
          { at: 30_000, do: 'send', bytes: 8, label: 'ping' },
        ],
      },
    ],
    faults: [{ kind: 'firewall', host: 'server', at: 15_000 }],
    expect: [
      // Data is outstanding the whole time, so keepalive never sends a probe.
      { segments: { from: 'client', reason: 'keepalive' }, exactly: 0 },
      { segments: { from: 'client', reason: 'retransmission' }, exactly: 15 },
      { note: 'giving up after 15 retransmissions' },
      { host: 'client', endsIn: 'CLOSED', error: 'ETIMEDOUT' },
      // The server never hears of it: a half-open connection on its side.
      { host: 'server', endsIn: 'ESTABLISHED' },
    ],
  },
  knobs: [
    profileKnob('linux'),
    {
      id: 'vanish-at',
      kind: 'number',
      label: text('Server vanishes at', '服务器消失的时间'),
      help: text(
        'After 30 s the last ping has been ACKed: the connection is idle and keepalive probes instead.',
        '设在 30 秒之后，最后一个 ping 已被确认：连接空闲，改由保活来探测。',
      ),
      min: 1000,
      max: 120_000,
      step: 1000,
      unit: 'ms',
      default: 15_000,
      path: 'faults.0.at',
    },
  ],
}

export const HEARTBEAT: readonly LibraryEntry[] = [heartbeatDeadPeer]
