/**
 * TIME-WAIT and the states around it: the lost final ACK (RFC 9293 §3.6.1, §3.10.7.4: a FIN in
 * TIME-WAIT is re-ACKed and the 2MSL timer restarts), the counterfactual without TIME-WAIT, an
 * orphaned FIN-WAIT-2 that Linux times out, and the CLOSE-WAIT an application leaks.
 */
import { setParam, profileKnob } from '../knobs'
import { type LibraryEntry, type NumberKnob } from '../types'
import { pair, text } from './common'

/** The client's ACK of the server's FIN: relative seq 1 (SYN) + 100 (request) + 1 (FIN). */
const finalAck = (count: number) =>
  ({ kind: 'drop', match: { from: 'client', flags: 'ACK', relSeq: 102 }, nth: 1, count }) as const

const mslKnob: NumberKnob = {
  id: 'msl',
  kind: 'number',
  label: text('MSL (TIME-WAIT lasts 2×MSL)', 'MSL（TIME-WAIT 持续 2×MSL）'),
  help: text(
    'RFC 9293 defines MSL as 2 minutes. Linux ignores it: TIME-WAIT is a fixed 60 s. 0 is the counterfactual with no TIME-WAIT.',
    'RFC 9293 规定 MSL 为 2 分钟。Linux 不用它：TIME-WAIT 固定为 60 秒。设为 0 即没有 TIME-WAIT 的反事实情形。',
  ),
  min: 0,
  max: 240_000,
  step: 1000,
  unit: 'ms',
  default: 120_000,
  apply: (s, msl) => setParam('timeWaitMs', ['client'])(s, 2 * msl),
}

const dropsKnob = (current: number): NumberKnob => ({
  id: 'drops',
  kind: 'number',
  label: text('Final ACKs lost', '丢失的最后 ACK 数'),
  min: 0,
  max: 6,
  step: 1,
  default: current,
  apply: (s, n) => ({ ...s, faults: n === 0 ? [] : [finalAck(n)] }),
})

const exchangeThenClientCloses = [
  {
    host: 'server',
    actions: [
      { at: 0, do: 'listen' as const, port: 80 },
      { on: { received: 100 }, do: 'send' as const, bytes: 300, label: 'HTTP response' },
      { on: 'eof' as const, after: 50, do: 'close' as const },
    ],
  },
  {
    host: 'client',
    actions: [
      { at: 1, do: 'connect' as const, to: 'server', port: 80 },
      { on: 'connected' as const, do: 'send' as const, bytes: 100, label: 'HTTP request' },
      { on: { received: 300 }, do: 'close' as const },
    ],
  },
]

export const timeWaitFinalAckLost: LibraryEntry = {
  id: 'time-wait-final-ack-lost',
  topic: 'time-wait',
  title: text('TIME-WAIT when the final ACK is lost', '最后一个 ACK 丢失时的 TIME-WAIT'),
  summary: text(
    'The client closes first after a 100-byte request and a 300-byte reply. Its ACK of the server’s FIN is lost; the server, still in LAST-ACK, retransmits its FIN; the client, in TIME-WAIT, ACKs it again and restarts its 2MSL timer. Without TIME-WAIT that FIN would meet a reset.',
    '客户端发送 100 字节请求、收到 300 字节响应后先关闭。它对服务器 FIN 的确认丢失；仍在 LAST-ACK 的服务器重传 FIN；处于 TIME-WAIT 的客户端再次确认并重启 2MSL 定时器。如果没有 TIME-WAIT，这个 FIN 只会换来一个 RST。',
  ),
  scenario: {
    name: 'time-wait-final-ack-lost',
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    apps: exchangeThenClientCloses,
    faults: [finalAck(1)],
    expect: [
      { segments: { from: 'server', hasFlags: 'FIN', reason: 'retransmission' }, exactly: 1 },
      { note: 'retransmitted FIN in TIME-WAIT: re-ACK and restart the TIME-WAIT timer' },
      { segments: { from: 'client', hasFlags: 'RST' }, exactly: 0 },
      { host: 'client', passesThrough: 'TIME-WAIT' },
      { host: 'server', passesThrough: 'LAST-ACK' },
      { host: 'server', endsIn: 'CLOSED' },
      { host: 'client', endsIn: 'CLOSED' },
    ],
  },
  knobs: [profileKnob('rfc'), mslKnob, dropsKnob(1)],
}

export const timeWaitFinalAckLostRepeatedly: LibraryEntry = {
  id: 'time-wait-final-ack-lost-repeatedly',
  topic: 'time-wait',
  title: text('The final ACK lost three times', '最后一个 ACK 连续丢失三次'),
  summary: text(
    'Each lost ACK costs the server one more FIN retransmission, 1, 2 and 4 s apart (its RTO doubles); the client re-ACKs each from TIME-WAIT and restarts the timer every time, so it outlives the server.',
    '每丢一次 ACK，服务器就多重传一次 FIN，间隔 1、2、4 秒（RTO 翻倍）；客户端在 TIME-WAIT 中每次都再次确认并重启定时器，因此比服务器活得更久。',
  ),
  scenario: {
    name: 'time-wait-final-ack-lost-repeatedly',
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    apps: exchangeThenClientCloses,
    faults: [finalAck(3)],
    expect: [
      { segments: { from: 'server', hasFlags: 'FIN', reason: 'retransmission' }, exactly: 3 },
      { segments: { from: 'client', flags: 'ACK', payload: false }, atLeast: 4 },
      { segments: { from: 'client', hasFlags: 'RST' }, exactly: 0 },
      { host: 'server', endsIn: 'CLOSED' },
      { host: 'client', endsIn: 'CLOSED' },
    ],
  },
  knobs: [profileKnob('rfc'), mslKnob, dropsKnob(3)],
}

export const timeWaitZeroOldDuplicate: LibraryEntry = {
  id: 'time-wait-zero-old-duplicate',
  topic: 'time-wait',
  notTcp: true,
  title: text(
    'NOT TCP: no TIME-WAIT lets old data into a new connection',
    '并非 TCP：没有 TIME-WAIT，旧数据混入新连接',
  ),
  summary: text(
    'Counterfactual: TIME-WAIT of zero; the ISNs are real (clock-driven). The server answers a request with 50, 1750 and 100 bytes, and the network duplicates the last segment; the copy wanders on a slow path. The connection closes, the client reconnects at once from the same port, and 7 ms later the server’s new ISN is 1750 higher (250 per ms), so the old 100 bytes fall inside the new window, 50 bytes past RCV.NXT. The client holds them; when the new first 50 bytes arrive it hands the application those 50 plus the 100 stale bytes, and drops the real bytes at that position as duplicates. Nothing on either side notices.',
    '反事实演示：TIME-WAIT 为零；ISN 是真实的（随时钟增长）。服务器用 50、1750 和 100 字节回应请求，网络复制了最后一个报文段，副本在慢速路径上徘徊。连接关闭后，客户端立即用同一端口重新连接；7 毫秒后服务器的新 ISN 高出 1750（每毫秒 250），于是旧的 100 字节落在新窗口内、RCV.NXT 之后 50 字节处。客户端先把它们存下；新的前 50 字节到达时，它把这 50 字节连同 100 字节旧数据一起交给应用，而该位置上真正的新字节被当作重复数据丢弃。两端都毫无察觉。',
  ),
  scenario: {
    name: 'time-wait-zero-old-duplicate',
    variants: ['time-wait-zero'],
    hosts: pair('rfc'),
    network: { latencyMs: 1 },
    apps: [
      {
        host: 'server',
        actions: [
          { at: 0, do: 'listen', port: 80 },
          // Fires once per connection. Part 2 is as long as the ISN advances between the two
          // SYNs (7 ms × 250 per ms, RFC 9293 §3.4.1), so the old part 3 lands where the new
          // part 2 starts.
          { on: { received: 10 }, do: 'send', bytes: 50, label: 'part 1' },
          { on: { received: 10 }, do: 'send', bytes: 1750, label: 'part 2' },
          { on: { received: 10 }, do: 'send', bytes: 100, label: 'part 3' },
          { on: 'eof', do: 'close' },
        ],
      },
      {
        name: 'first-connection',
        host: 'client',
        actions: [
          { at: 0, do: 'connect', to: 'server', port: 80, localPort: 40_000 },
          { on: 'connected', do: 'send', bytes: 10, label: 'request' },
          { on: { received: 1900 }, do: 'close' },
        ],
      },
      {
        name: 'second-connection',
        host: 'client',
        actions: [
          { at: 7, do: 'connect', to: 'server', port: 80, localPort: 40_000 },
          { on: 'connected', do: 'send', bytes: 10, label: 'request' },
        ],
      },
    ],
    // Only the network's copy is late: the original arrives on time and the first connection
    // closes normally. The copy reaches the client just after the second handshake.
    faults: [{ kind: 'duplicate', match: { from: 'server', label: 'part 3' }, nth: 1, copyDelayMs: 5 }],
    expect: [
      { note: 'TIME-WAIT of zero' },
      { host: 'client', passesThrough: 'TIME-WAIT' },
      { segments: { from: 'server', label: 'part 3' }, exactly: 2 },
      // Nothing was lost, so nothing is retransmitted: the stale bytes pass unnoticed
      // (library/old-duplicate.test.ts follows them into the second connection).
      { segments: { from: 'server', reason: 'retransmission' }, exactly: 0 },
    ],
  },
  knobs: [],
}

export const orphanedFinWait2: LibraryEntry = {
  id: 'orphaned-fin-wait-2',
  topic: 'time-wait',
  title: text('An orphaned FIN-WAIT-2 times out', '孤儿 FIN-WAIT-2 超时'),
  summary: text(
    'The client close()s; the server ACKs the FIN but its application does not close for 90 s. Linux gives the orphaned client socket tcp_fin_timeout = 60 s in FIN-WAIT-2, then frees it; the server’s late FIN meets no connection and is answered with a reset.',
    '客户端调用 close()；服务器确认了 FIN，但其应用 90 秒后才关闭。Linux 只让孤儿客户端套接字在 FIN-WAIT-2 停留 tcp_fin_timeout = 60 秒，随后释放；服务器迟到的 FIN 找不到连接，得到一个 RST。',
  ),
  scenario: {
    name: 'orphaned-fin-wait-2',
    hosts: pair('linux'),
    until: 200_000,
    apps: [
      {
        host: 'server',
        actions: [
          { at: 0, do: 'listen', port: 80 },
          { on: 'eof', after: 90_000, do: 'close' },
        ],
      },
      {
        host: 'client',
        actions: [
          { at: 1, do: 'connect', to: 'server', port: 80 },
          { on: 'connected', after: 100, do: 'close' },
        ],
      },
    ],
    expect: [
      { host: 'client', passesThrough: 'FIN-WAIT-2' },
      { note: 'orphaned FIN-WAIT-2 timed out' },
      { host: 'client', neverEnters: 'TIME-WAIT' },
      { segments: { from: 'client', hasFlags: 'RST' }, exactly: 1 },
      { host: 'server', endsIn: 'CLOSED' },
    ],
  },
  knobs: [
    profileKnob('linux'),
    {
      id: 'fin-timeout',
      kind: 'number',
      label: text('tcp_fin_timeout', 'tcp_fin_timeout'),
      min: 1000,
      max: 180_000,
      step: 1000,
      unit: 'ms',
      default: 60_000,
      path: 'hosts.client.params.finWait2TimeoutMs',
    },
    {
      id: 'server-close-delay',
      kind: 'number',
      label: text('Server closes after', '服务器关闭的延迟'),
      min: 0,
      max: 180_000,
      step: 1000,
      unit: 'ms',
      default: 90_000,
      path: 'apps.0.actions.1.after',
    },
  ],
}

export const closeWaitLeak: LibraryEntry = {
  id: 'close-wait-leak',
  topic: 'time-wait',
  title: text('CLOSE-WAIT leak: the server never closes', 'CLOSE-WAIT 泄漏：服务器从不关闭'),
  summary: text(
    'Three clients each close; the server application reads EOF but never calls close(). Its sockets stay in CLOSE-WAIT for ever — no timer in TCP ends that state, only the application can — while the clients’ orphans time out.',
    '三个客户端依次关闭；服务器应用读到 EOF 却从不调用 close()。它的套接字永远停在 CLOSE-WAIT——TCP 中没有任何定时器能结束这个状态，只有应用可以——而客户端的孤儿连接则各自超时。',
  ),
  scenario: {
    name: 'close-wait-leak',
    hosts: pair('linux'),
    until: 120_000,
    apps: [
      { host: 'server', actions: [{ at: 0, do: 'listen', port: 80 }] },
      {
        host: 'client',
        actions: [
          { at: 0, do: 'connect', to: 'server', port: 80 },
          { at: 100, do: 'connect', to: 'server', port: 80 },
          { at: 200, do: 'connect', to: 'server', port: 80 },
          { on: 'connected', after: 500, do: 'close' },
        ],
      },
    ],
    expect: [
      { segments: { from: 'server', hasFlags: 'FIN' }, exactly: 0 },
      { segments: { from: 'client', hasFlags: 'FIN' }, exactly: 3 },
      { host: 'server', neverEnters: 'LAST-ACK' },
      { host: 'server', endsIn: 'CLOSE-WAIT' },
      { host: 'client', endsIn: 'CLOSED' },
    ],
  },
  knobs: [profileKnob('linux')],
}

export const TIME_WAIT: readonly LibraryEntry[] = [
  timeWaitFinalAckLost,
  timeWaitFinalAckLostRepeatedly,
  timeWaitZeroOldDuplicate,
  orphanedFinWait2,
  closeWaitLeak,
]
