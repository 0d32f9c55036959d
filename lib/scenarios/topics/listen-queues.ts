/**
 * The listener's two queues (Linux: SYN queue and accept queue, each full when its length
 * exceeds the backlog): a SYN flood with and without SYN cookies (RFC 4987 §3.6) while a real
 * client connects, and an application that never accepts.
 */
import { paramKnob, profileKnob } from '../knobs'
import { setPath } from '../path'
import { type BooleanKnob, type LibraryEntry, type NumberKnob } from '../types'
import { CLIENT_IP, SERVER_IP, text } from './common'

const ATTACKER_IP = '10.0.0.66'

/** Spoofed SYNs for 150 s: longer than the client's 131 s of SYN retries. */
const FLOOD_RATE = 10
const FLOOD_SECONDS = 150

const cookiesKnob: BooleanKnob = {
  id: 'cookies',
  kind: 'boolean',
  label: text('SYN cookies (tcp_syncookies)', 'SYN Cookie（tcp_syncookies）'),
  help: text(
    'on: Linux’s default 1, cookies only once the SYN queue overflows; off: overflowing SYNs are dropped.',
    '开：Linux 默认值 1，只有 SYN 队列溢出时才使用 Cookie；关：溢出的 SYN 被直接丢弃。',
  ),
  default: true,
  apply: (s, on) => setPath(s, 'hosts.server.params.synCookies', on ? 'overflow' : 'off'),
}

const floodRateKnob: NumberKnob = {
  id: 'flood-rate',
  kind: 'number',
  label: text('Attacker’s SYNs per second', '攻击者每秒发送的 SYN 数'),
  min: 1,
  max: 200,
  step: 1,
  unit: 'SYN/s',
  default: FLOOD_RATE,
  // Keep the flood going for the same time whatever the rate.
  apply: (s, rate) =>
    setPath(setPath(s, 'faults.0.ratePerSec', rate), 'faults.0.count', Math.ceil(rate * FLOOD_SECONDS)),
}

const backlogKnob: NumberKnob = {
  id: 'backlog',
  kind: 'number',
  label: text('listen() backlog', 'listen() 的 backlog'),
  min: 1,
  max: 256,
  step: 1,
  default: 4,
  path: 'apps.0.actions.0.backlog',
}

export const synFloodCookies: LibraryEntry = {
  id: 'syn-flood-cookies',
  topic: 'listen-queues',
  title: text('SYN flood: cookies let the real client in', 'SYN 洪泛：Cookie 让真实客户端得以连接'),
  summary: text(
    'An attacker sends 10 spoofed SYNs a second at a listener with backlog 4. The SYN queue fills at once; Linux logs “Possible SYN flooding” and answers further SYNs with cookie SYN-ACKs that keep no state. The legitimate client’s final ACK proves the cookie and it connects. Turn cookies off and its connect() times out.',
    '攻击者以每秒 10 个伪造 SYN 攻击 backlog 为 4 的监听套接字。SYN 队列瞬间被占满；Linux 记录“Possible SYN flooding”，之后用不保存状态的 Cookie SYN-ACK 应答新的 SYN。合法客户端的最后一个 ACK 验证了 Cookie，连接成功。关闭 Cookie，它的 connect() 就会超时。',
  ),
  scenario: {
    name: 'syn-flood-cookies',
    hosts: {
      client: { ip: CLIENT_IP, profile: 'linux' },
      server: { ip: SERVER_IP, profile: 'linux' },
      attacker: { ip: ATTACKER_IP, profile: 'linux' },
    },
    until: 200_000,
    apps: [
      { host: 'server', actions: [{ at: 0, do: 'listen', port: 80, backlog: 4 }] },
      { host: 'client', actions: [{ at: 1000, do: 'connect', to: 'server', port: 80 }] },
    ],
    faults: [
      {
        kind: 'syn-flood',
        from: 'attacker',
        to: 'server',
        port: 80,
        at: 0,
        ratePerSec: FLOOD_RATE,
        count: FLOOD_RATE * FLOOD_SECONDS,
      },
    ],
    expect: [
      { note: 'Possible SYN flooding on port 80. Sending cookies.' },
      { segments: { from: 'server', to: 'client', reason: 'syn-cookie' }, atLeast: 1 },
      { segments: { from: 'client', flags: 'SYN', reason: 'retransmission' }, exactly: 0 },
      { host: 'client', passesThrough: 'ESTABLISHED' },
      { host: 'client', endsIn: 'ESTABLISHED' },
    ],
  },
  knobs: [cookiesKnob, floodRateKnob, backlogKnob],
}

export const synFloodNoCookies: LibraryEntry = {
  id: 'syn-flood-no-cookies',
  topic: 'listen-queues',
  title: text('SYN flood without cookies: the client times out', '无 Cookie 的 SYN 洪泛：客户端超时'),
  summary: text(
    'The same flood with tcp_syncookies = 0. Every SYN that finds the queue full is dropped without an answer, the legitimate client’s included: it retries at 1, 2, 3, 4, 5, 7, 11, 19, 35 and 67 s (Linux 6.5+: four 1 s retries, then back-off; tcp_syn_linear_timeouts 0 gives the classic 1, 3, 7, 15, 31, 63 s) and gives up at 131 s with ETIMEDOUT, not ECONNREFUSED. From outside, an attacked server looks dead.',
    '同样的洪泛，但 tcp_syncookies = 0。队列满时到达的每个 SYN 都被悄悄丢弃，合法客户端的也不例外：它在 1、2、3、4、5、7、11、19、35、67 秒重试（Linux 6.5 起先以 1 秒间隔重试四次，再退避；tcp_syn_linear_timeouts 为 0 时是经典的 1、3、7、15、31、63 秒），131 秒时以 ETIMEDOUT（而非 ECONNREFUSED）放弃。从外部看，被攻击的服务器就像宕机了一样。',
  ),
  scenario: {
    ...synFloodCookies.scenario,
    name: 'syn-flood-no-cookies',
    hosts: {
      ...synFloodCookies.scenario.hosts,
      server: { ip: SERVER_IP, profile: 'linux', params: { synCookies: 'off' } },
    },
    expect: [
      { segments: { from: 'server', to: 'client' }, exactly: 0 },
      { segments: { from: 'server', reason: 'syn-cookie' }, exactly: 0 },
      { segments: { from: 'client', flags: 'SYN', reason: 'retransmission' }, exactly: 10 },
      { host: 'client', appError: 'ETIMEDOUT' },
      { host: 'client', endsIn: 'CLOSED', error: 'ETIMEDOUT' },
    ],
  },
  knobs: [{ ...cookiesKnob, default: false }, floodRateKnob, backlogKnob],
}

export const acceptQueueOverflow: LibraryEntry = {
  id: 'accept-queue-overflow',
  topic: 'listen-queues',
  title: text('Accept queue overflow: the application never accepts', '全连接队列溢出：应用从不 accept'),
  summary: text(
    'listen(1) on Linux holds two finished connections in the accept queue; the application never calls accept(). A third client’s handshake cannot be admitted: its SYN is dropped while the accept queue is full, so it keeps retransmitting SYNs and times out.',
    'Linux 上 listen(1) 的全连接队列能放两条已完成握手的连接；应用从不调用 accept()。第三个客户端无法进入：全连接队列满时它的 SYN 被丢弃，于是它不断重传 SYN，最终超时。',
  ),
  scenario: {
    name: 'accept-queue-overflow',
    hosts: {
      client: { ip: CLIENT_IP, profile: 'linux' },
      server: { ip: SERVER_IP, profile: 'linux' },
    },
    until: 200_000,
    apps: [
      { host: 'server', actions: [{ at: 0, do: 'listen', port: 80, backlog: 1, accept: 'never' }] },
      { name: 'first', host: 'client', actions: [{ at: 0, do: 'connect', to: 'server', port: 80 }] },
      { name: 'second', host: 'client', actions: [{ at: 100, do: 'connect', to: 'server', port: 80 }] },
      { name: 'third', host: 'client', actions: [{ at: 200, do: 'connect', to: 'server', port: 80 }] },
    ],
    expect: [
      { segments: { from: 'client', flags: 'SYN', reason: 'retransmission' }, exactly: 10 },
      { segments: { from: 'server', flags: 'SYN,ACK' }, exactly: 2 },
      { host: 'client', appError: 'ETIMEDOUT' },
      { host: 'client', endsIn: 'CLOSED', error: 'ETIMEDOUT' },
    ],
  },
  knobs: [
    profileKnob('linux'),
    { ...backlogKnob, max: 16, default: 1 },
    paramKnob('syn-retries', 'client', 'synRetries', text('Client SYN retries', '客户端 SYN 重试次数'), {
      min: 0,
      max: 10,
      step: 1,
      default: 6,
    }),
  ],
}

export const LISTEN_QUEUES: readonly LibraryEntry[] = [
  synFloodCookies,
  synFloodNoCookies,
  acceptQueueOverflow,
]
