/**
 * Keepalive (RFC 1122 §4.2.3.6, RFC 9293 §3.8.4; Linux tcp_keepalive_*): answered probes on an
 * idle connection, a dead peer noticed after idle + probes × interval, and a peer that crashed
 * and rebooted (a half-open connection reset by the next segment).
 */
import { profileKnob } from '../knobs'
import { type Knob, type LibraryEntry } from '../types'
import { pair, text } from './common'

/** Keepalive with the given timing, set on the client once connected. */
const keepaliveApps = (ka: { idleMs: number; intervalMs: number; probes: number }) => [
  { host: 'server', actions: [{ at: 0, do: 'listen' as const, port: 80 }] },
  {
    host: 'client',
    actions: [
      { at: 0, do: 'connect' as const, to: 'server', port: 80 },
      { on: 'connected' as const, do: 'setsockopt' as const, keepalive: ka },
    ],
  },
]

const LINUX_KEEPALIVE = { idleMs: 7_200_000, intervalMs: 75_000, probes: 9 }

/** idle / interval / probes knobs on the client's setsockopt (apps[1].actions[1]). */
const keepaliveKnobs = (): Knob[] => [
  {
    id: 'idle',
    kind: 'number',
    label: text(
      'Idle time before the first probe (tcp_keepalive_time)',
      '首个探测前的空闲时间（tcp_keepalive_time）',
    ),
    min: 1000,
    max: 7_200_000,
    step: 1000,
    unit: 'ms',
    default: LINUX_KEEPALIVE.idleMs,
    path: 'apps.1.actions.1.keepalive.idleMs',
  },
  {
    id: 'interval',
    kind: 'number',
    label: text('Interval between probes (tcp_keepalive_intvl)', '探测间隔（tcp_keepalive_intvl）'),
    min: 1000,
    max: 600_000,
    step: 1000,
    unit: 'ms',
    default: LINUX_KEEPALIVE.intervalMs,
    path: 'apps.1.actions.1.keepalive.intervalMs',
  },
  {
    id: 'probes',
    kind: 'number',
    label: text(
      'Unanswered probes before giving up (tcp_keepalive_probes)',
      '放弃前未获应答的探测数（tcp_keepalive_probes）',
    ),
    min: 1,
    max: 20,
    step: 1,
    default: LINUX_KEEPALIVE.probes,
    path: 'apps.1.actions.1.keepalive.probes',
  },
]

export const keepaliveAnswered: LibraryEntry = {
  id: 'keepalive-answered',
  topic: 'keepalive',
  title: text('Keepalive on an idle connection', '空闲连接上的保活探测'),
  summary: text(
    'After 2 hours of silence the client sends a probe at SND.NXT−1 with no data; the live server ACKs it and the idle timer starts over, so probes recur every 2 hours. One per idle period, never more.',
    '静默 2 小时后，客户端发出一个序号为 SND.NXT−1、不带数据的探测报文；存活的服务器予以确认，空闲计时重新开始，所以每 2 小时才有一次探测。',
  ),
  scenario: {
    name: 'keepalive-answered',
    hosts: pair('linux'),
    until: 5 * 3_600_000,
    apps: keepaliveApps(LINUX_KEEPALIVE),
    expect: [
      { segments: { from: 'client', reason: 'keepalive', payload: false }, exactly: 2 },
      { segments: { from: 'server', flags: 'ACK' }, atLeast: 2 },
      { host: 'client', endsIn: 'ESTABLISHED' },
      { host: 'server', endsIn: 'ESTABLISHED' },
    ],
  },
  knobs: [profileKnob('linux'), ...keepaliveKnobs()],
}

export const keepaliveDeadPeer: LibraryEntry = {
  id: 'keepalive-dead-peer',
  topic: 'keepalive',
  title: text('Keepalive to a dead peer', '对已失联对端的保活探测'),
  summary: text(
    'The server is unplugged a second after the handshake. Linux probes after 7200 s idle, then 9 times 75 s apart; the ninth goes unanswered at 7800 s and at 7875 s (7200 + 9 × 75) the connection is reset and the application sees ETIMEDOUT.',
    '握手一秒后服务器断网。Linux 空闲 7200 秒后开始探测，之后每隔 75 秒一次，共 9 次；第 9 次在 7800 秒时仍无应答，到 7875 秒（7200 + 9 × 75）连接被重置，应用收到 ETIMEDOUT。',
  ),
  scenario: {
    name: 'keepalive-dead-peer',
    hosts: pair('linux'),
    until: 3 * 3_600_000,
    apps: keepaliveApps(LINUX_KEEPALIVE),
    faults: [{ kind: 'firewall', host: 'server', at: 1000 }],
    expect: [
      { segments: { from: 'client', reason: 'keepalive' }, exactly: 9 },
      { note: '9 keepalive probes unanswered' },
      { host: 'client', appError: 'ETIMEDOUT' },
      { host: 'client', endsIn: 'CLOSED', error: 'ETIMEDOUT' },
    ],
  },
  knobs: [profileKnob('linux'), ...keepaliveKnobs()],
  golden: true,
}

export const rebootedPeer: LibraryEntry = {
  id: 'half-open-after-reboot',
  topic: 'failure',
  title: text('A crashed and rebooted peer', '对端崩溃后重启'),
  summary: text(
    'The server crashes and reboots, forgetting the connection; the client, idle, still believes it is ESTABLISHED (a half-open connection). Its next request reaches a host with no such connection, which answers with a reset: ECONNRESET.',
    '服务器崩溃后重启，忘记了这条连接；空闲的客户端仍以为连接处于 ESTABLISHED（半开连接）。它的下一个请求到达一台没有该连接的主机，对方回以 RST：ECONNRESET。',
  ),
  scenario: {
    name: 'half-open-after-reboot',
    hosts: pair('linux'),
    until: 60_000,
    apps: [
      { host: 'server', restartOnReboot: true, actions: [{ at: 0, do: 'listen', port: 80 }] },
      {
        host: 'client',
        actions: [
          { at: 0, do: 'connect', to: 'server', port: 80 },
          { at: 10_000, do: 'send', bytes: 100, label: 'request after reboot' },
        ],
      },
    ],
    faults: [{ kind: 'crash', host: 'server', at: 1000, rebootAt: 5000 }],
    expect: [
      { segments: { from: 'server', hasFlags: 'RST' }, exactly: 1 },
      { host: 'client', appError: 'ECONNRESET' },
      { host: 'client', endsIn: 'CLOSED', error: 'ECONNRESET' },
    ],
  },
  knobs: [
    profileKnob('linux'),
    {
      id: 'reboot-at',
      kind: 'number',
      label: text('Server reboots at', '服务器重启时间'),
      min: 1500,
      max: 9000,
      step: 500,
      unit: 'ms',
      default: 5000,
      path: 'faults.0.rebootAt',
    },
  ],
}

export const KEEPALIVE: readonly LibraryEntry[] = [keepaliveAnswered, keepaliveDeadPeer, rebootedPeer]
