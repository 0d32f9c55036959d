/**
 * When the handshake goes wrong: each of its three segments lost once, a SYN to a closed port,
 * and a server that never answers (the SYN retry schedule and ETIMEDOUT).
 */
import { latencyKnob, profileKnob } from '../knobs'
import { type LibraryEntry } from '../types'
import { pair, text } from './common'

const listenAndConnect = [
  { host: 'server', actions: [{ at: 0, do: 'listen' as const, port: 80 }] },
  { host: 'client', actions: [{ at: 1, do: 'connect' as const, to: 'server', port: 80 }] },
]

export const lostSyn: LibraryEntry = {
  id: 'lost-syn',
  topic: 'handshake-loss',
  title: text('The SYN is lost', 'SYN 丢失'),
  summary: text(
    'Nothing comes back, so the client’s retransmission timer (initial RTO 1 s, RFC 6298 §2.1) fires and the SYN is sent again with the same ISN; the handshake then completes a second later.',
    '没有任何回应，客户端的重传定时器（初始 RTO 为 1 秒，RFC 6298 §2.1）超时，用同一个 ISN 重发 SYN，握手晚一秒完成。',
  ),
  scenario: {
    name: 'lost-syn',
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    apps: listenAndConnect,
    faults: [{ kind: 'drop', match: { from: 'client', flags: 'SYN' }, nth: 1, count: 1 }],
    expect: [
      { segments: { from: 'client', flags: 'SYN', reason: 'retransmission' }, exactly: 1 },
      { segments: { from: 'server', flags: 'SYN,ACK' }, exactly: 1 },
      { host: 'client', endsIn: 'ESTABLISHED' },
      { host: 'server', endsIn: 'ESTABLISHED' },
    ],
  },
  knobs: [
    profileKnob('rfc'),
    latencyKnob(50),
    {
      id: 'drops',
      kind: 'number',
      label: text('SYNs lost', '丢失的 SYN 数'),
      min: 0,
      max: 5,
      step: 1,
      default: 1,
      // count 0 is not a valid fault: no drops means no fault at all.
      apply: (s, n) => ({
        ...s,
        faults: n === 0 ? [] : [{ kind: 'drop', match: { from: 'client', flags: 'SYN' }, nth: 1, count: n }],
      }),
    },
  ],
}

export const lostSynAck: LibraryEntry = {
  id: 'lost-syn-ack',
  topic: 'handshake-loss',
  title: text('The SYN-ACK is lost', 'SYN-ACK 丢失'),
  summary: text(
    'The server sits in SYN-RECEIVED with a half-open entry and the client in SYN-SENT; both timers fire, so the server re-sends its SYN-ACK and the client its SYN, and whichever arrives first completes the handshake.',
    '服务器停在 SYN-RECEIVED（半连接队列中有一项），客户端停在 SYN-SENT；双方定时器都会超时，服务器重发 SYN-ACK，客户端重发 SYN，先到者完成握手。',
  ),
  scenario: {
    name: 'lost-syn-ack',
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    apps: listenAndConnect,
    faults: [{ kind: 'drop', match: { from: 'server', flags: 'SYN,ACK' }, nth: 1 }],
    expect: [
      { segments: { from: 'server', flags: 'SYN,ACK' }, atLeast: 2 },
      { segments: { from: 'server', flags: 'SYN,ACK', reason: 'retransmission' }, atLeast: 1 },
      { host: 'server', passesThrough: 'SYN-RECEIVED' },
      { host: 'client', endsIn: 'ESTABLISHED' },
      { host: 'server', endsIn: 'ESTABLISHED' },
    ],
  },
  knobs: [profileKnob('rfc'), latencyKnob(50)],
}

export const lostHandshakeAck: LibraryEntry = {
  id: 'lost-handshake-ack',
  topic: 'handshake-loss',
  title: text('The handshake’s final ACK is lost', '第三次握手的 ACK 丢失'),
  summary: text(
    'The client is already ESTABLISHED; the server is not. Its SYN-ACK timer fires and it re-sends the SYN-ACK, which the client, now ESTABLISHED, answers with a fresh ACK.',
    '客户端已经进入 ESTABLISHED，服务器还没有。服务器的 SYN-ACK 定时器超时后重发 SYN-ACK，已建立连接的客户端再回一个 ACK。',
  ),
  scenario: {
    name: 'lost-handshake-ack',
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    apps: listenAndConnect,
    faults: [{ kind: 'drop', match: { from: 'client', flags: 'ACK', payload: false }, nth: 1 }],
    expect: [
      { segments: { from: 'server', flags: 'SYN,ACK', reason: 'retransmission' }, exactly: 1 },
      { segments: { from: 'client', flags: 'ACK', payload: false }, exactly: 2 },
      { host: 'client', neverEnters: 'SYN-RECEIVED' },
      { host: 'client', endsIn: 'ESTABLISHED' },
      { host: 'server', endsIn: 'ESTABLISHED' },
    ],
  },
  knobs: [profileKnob('rfc'), latencyKnob(50)],
}

export const synToClosedPort: LibraryEntry = {
  id: 'syn-to-closed-port',
  topic: 'handshake-loss',
  title: text('SYN to a closed port', '向未监听端口发送 SYN'),
  summary: text(
    'No listener: the server answers <SEQ=0><ACK=SEG.SEQ+1><CTL=RST,ACK> (RFC 9293 §3.10.7.1) and connect() fails at once with ECONNREFUSED.',
    '没有监听者：服务器回复 <SEQ=0><ACK=SEG.SEQ+1><CTL=RST,ACK>（RFC 9293 §3.10.7.1），connect() 立即以 ECONNREFUSED 失败。',
  ),
  scenario: {
    name: 'syn-to-closed-port',
    hosts: pair('linux'),
    apps: [{ host: 'client', actions: [{ at: 0, do: 'connect', to: 'server', port: 81 }] }],
    expect: [
      { segments: { from: 'server', flags: 'RST,ACK' }, exactly: 1 },
      { segments: { from: 'client', flags: 'SYN', reason: 'retransmission' }, exactly: 0 },
      { host: 'client', appError: 'ECONNREFUSED' },
      { host: 'client', endsIn: 'CLOSED', error: 'ECONNREFUSED' },
    ],
  },
  knobs: [profileKnob('linux')],
}

export const synNeverAnswered: LibraryEntry = {
  id: 'syn-never-answered',
  topic: 'handshake-loss',
  title: text('A server that never answers SYNs', '服务器始终不回应 SYN'),
  summary: text(
    'A firewall drops every SYN silently. The linux profile follows Linux 6.5+: four retries 1 s apart (tcp_syn_linear_timeouts 4), then the doubling, so SYNs leave at 0, 1, 2, 3, 4, 5, 7, 11, 19, 35 and 67 s (tcp_syn_retries 6 + 4), and connect() fails with ETIMEDOUT at 131 s. Set linear timeouts to 0 for the classic schedule (1, 3, 7, 15, 31, 63 s; 127 s), or switch to rfc to see the 3-minute minimum of MUST-23.',
    '防火墙悄悄丢弃所有 SYN。linux 配置遵循 Linux 6.5 及以后的行为：先以 1 秒间隔重试四次（tcp_syn_linear_timeouts 为 4），之后才翻倍，所以 SYN 在 0、1、2、3、4、5、7、11、19、35、67 秒发出（tcp_syn_retries 6 + 4），connect() 在 131 秒时以 ETIMEDOUT 失败。把线性超时次数设为 0 可看到经典时间表（1、3、7、15、31、63 秒；127 秒放弃），切换到 rfc 可看到 MUST-23 规定的至少 3 分钟。',
  ),
  scenario: {
    name: 'syn-never-answered',
    hosts: pair('linux'),
    until: 400_000,
    apps: listenAndConnect,
    faults: [{ kind: 'firewall', host: 'server', at: 0, direction: 'to' }],
    expect: [
      { segments: { from: 'client', flags: 'SYN', reason: 'retransmission' }, exactly: 10 },
      { segments: { from: 'server' }, exactly: 0 },
      { host: 'client', appError: 'ETIMEDOUT' },
      { host: 'client', endsIn: 'CLOSED', error: 'ETIMEDOUT' },
    ],
  },
  knobs: [
    profileKnob('linux'),
    {
      id: 'syn-retries',
      kind: 'number',
      label: text('SYN retries (tcp_syn_retries)', 'SYN 重试次数（tcp_syn_retries）'),
      min: 0,
      max: 10,
      step: 1,
      default: 6,
      path: 'hosts.client.params.synRetries',
    },
    {
      id: 'linear-timeouts',
      kind: 'number',
      label: text(
        'Linear SYN timeouts (tcp_syn_linear_timeouts)',
        '线性 SYN 超时次数（tcp_syn_linear_timeouts）',
      ),
      min: 0,
      max: 10,
      step: 1,
      default: 4,
      path: 'hosts.client.params.synLinearTimeouts',
    },
  ],
}

export const HANDSHAKE_LOSS: readonly LibraryEntry[] = [
  lostSyn,
  lostSynAck,
  lostHandshakeAck,
  synToClosedPort,
  synNeverAnswered,
]
