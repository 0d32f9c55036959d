/**
 * Chinese for every string the engine writes into a trace, by the field it appears in. Each rule
 * is an English template and its Chinese: `{name}` stands for one token of the English (a number,
 * an address, a host, a state name, a cookie) and `{*name}` for any text, possibly empty (an
 * application's label). RFC state names, flag names, socket options, sysctl names and RFC clauses
 * stay as they are, as Chinese references write them.
 *
 * A new engine string without a rule here fails lib/sim-view/engine-text.test.ts, which names it.
 */
import { type SendReason } from '@/lib/tcp/trace'

/** Captured values of a template, by placeholder name. */
export type Captures = Readonly<Record<string, string>>

export type ZhRule = readonly [en: string, zh: string | ((c: Captures) => string)]

/** Options a `listen` call may add after its backlog, as the engine lists them. */
const LISTEN_OPTIONS: readonly ZhRule[] = [
  ['never accepts', '应用从不调用 accept()'],
  ['TCP_FASTOPEN', '开启 TCP_FASTOPEN'],
  [
    'TCP_FASTOPEN ignored (tcp_fastopen lacks the server bit)',
    'TCP_FASTOPEN 被忽略（tcp_fastopen 未开启服务端位）',
  ],
  ['TCP_DEFER_ACCEPT {ms} ms', 'TCP_DEFER_ACCEPT {ms} 毫秒'],
  ['TCP_FASTOPEN_CONNECT', '开启 TCP_FASTOPEN_CONNECT'],
]

/** ", a, b" → "，甲，乙", each part through LISTEN_OPTIONS (unknown parts stay as written). */
function options(rest: string): string {
  if (rest === '') return ''
  return rest
    .split(', ')
    .slice(1)
    .map((part) => `，${translateBy(LISTEN_OPTIONS, part) ?? part}`)
    .join('')
}

export const ZH_RULES = {
  /** `state.cause`: what moved a connection from one state to the next. */
  cause: [
    ['connect()', '调用 connect()'],
    [
      'connect() with a Fast Open cookie: the SYN waits for the first write',
      '带 Fast Open cookie 的 connect()：SYN 等到第一次写入时携带数据发出',
    ],
    ['close() before the handshake finished', '握手完成前调用 close()'],
    ['close(): FIN queued', '调用 close()：FIN 已排队待发'],
    ['close() in SYN-RECEIVED', '在 SYN-RECEIVED 状态调用 close()'],
    ['close() after the peer’s FIN', '收到对端的 FIN 之后调用 close()'],
    ['close() with unread data', '接收缓冲区还有未读数据时调用 close()'],
    ['close() with SO_LINGER {1, 0}', '设置 SO_LINGER {1, 0} 后调用 close()'],
    ['abort()', '调用 abort()'],
    ['SYN received by listener', '监听套接字收到 SYN'],
    ['SYN,ACK received', '收到 SYN,ACK'],
    ['SYN received in SYN-SENT: simultaneous open', '在 SYN-SENT 状态收到 SYN：同时打开'],
    ['ACK of our SYN,ACK: handshake complete', '我方的 SYN,ACK 被确认：三次握手完成'],
    ['ACK of our SYN: simultaneous open', '我方的 SYN 被确认：同时打开完成'],
    ['two-way handshake: SYN alone opens the connection', '两次握手：仅凭一个 SYN 就建立连接'],
    ['valid SYN cookie in the final ACK', '第三次握手的 ACK 带着有效的 SYN cookie'],
    ['SYN cookie validated', 'SYN cookie 校验通过'],
    ['RST in reply to our SYN: connection refused', '我方的 SYN 得到 RST 回应：连接被拒绝'],
    [
      'RST in SYN-RECEIVED: back to LISTEN, half-open entry removed',
      '在 SYN-RECEIVED 状态收到 RST：回到 LISTEN，移除半连接条目',
    ],
    ['RST in SYN-RECEIVED (active open): refused', '在 SYN-RECEIVED 状态（主动打开）收到 RST：连接被拒绝'],
    ['RST in {state}: connection reset', '在 {state} 状态收到 RST：连接被重置'],
    ['RST in {state}', '在 {state} 状态收到 RST'],
    ['data after close(): reset', 'close() 之后又收到数据：发送 RST 重置连接'],
    ['FIN received', '收到 FIN'],
    [
      'FIN received before the ACK of ours: simultaneous close',
      '我方的 FIN 尚未被确认就收到对端的 FIN：同时关闭',
    ],
    ['FIN received, our FIN already ACKed', '收到 FIN，且我方的 FIN 已被确认'],
    ['our FIN ACKed', '我方的 FIN 已被确认'],
    ['our FIN ACKed in CLOSING', '在 CLOSING 状态我方的 FIN 被确认'],
    ['restart', '重启 TIME-WAIT 定时器'],
    ['new incarnation accepted in TIME-WAIT', '在 TIME-WAIT 状态接受了同一四元组上的新连接'],
    ['TIME-WAIT of zero', 'TIME-WAIT 时长为零'],
    ['TIME-WAIT timer expired', 'TIME-WAIT 定时器到期'],
    ['orphaned FIN-WAIT-2 timeout', '孤儿 FIN-WAIT-2 连接超时'],
    ['retransmissions exhausted', '重传次数用尽'],
    ['SYN-ACK retries exhausted', 'SYN-ACK 重传次数用尽'],
    ['keepalive timeout', '保活超时'],
  ],
  /** `segment-discarded.why`: why the receiving stack threw a segment away. */
  why: [
    ['connection is CLOSED', '连接已处于 CLOSED 状态'],
    ['unexpected segment: listeners are not connections', '意外的报文段：监听套接字不是连接'],
    ['ACK does not acknowledge our SYN (old duplicate?)', 'ACK 没有确认我方的 SYN（可能是历史重复报文段）'],
    ['ACK does not acknowledge our SYN,ACK', 'ACK 没有确认我方的 SYN,ACK'],
    ['RST without ACK in SYN-SENT', '在 SYN-SENT 状态收到不带 ACK 的 RST'],
    ['unexpected segment in SYN-SENT', '在 SYN-SENT 状态收到意外的报文段'],
    ['no ACK bit', '没有置 ACK 标志'],
    ['RST outside the window', 'RST 不在接收窗口内'],
    ['outside the receive window: ACK sent', '不在接收窗口内：回复一个 ACK'],
    [
      'outside the receive window: ACK rate-limited (RFC 5961 §7)',
      '不在接收窗口内：回复的 ACK 被限速（RFC 5961 §7）',
    ],
    [
      'RST not at RCV.NXT: challenge ACK (RFC 5961 §3.2)',
      'RST 的序号不等于 RCV.NXT：回复挑战 ACK（RFC 5961 §3.2）',
    ],
    [
      'RST not at RCV.NXT: challenge ACK rate-limited (RFC 5961 §7)',
      'RST 的序号不等于 RCV.NXT：挑战 ACK 被限速（RFC 5961 §7）',
    ],
    ['unexpected RST in {state}', '在 {state} 状态收到意外的 RST'],
    ['SYN in {state}: challenge ACK', '在 {state} 状态收到 SYN：回复挑战 ACK'],
    [
      'SYN in {state}: challenge ACK rate-limited (RFC 5961 §7)',
      '在 {state} 状态收到 SYN：挑战 ACK 被限速（RFC 5961 §7）',
    ],
    ['unexpected ACK processing in {state}', '在 {state} 状态意外地处理 ACK'],
    ['ACK for data never sent', 'ACK 确认了从未发送过的数据'],
    [
      'ACK for data never sent: ACK rate-limited (RFC 5961 §7)',
      'ACK 确认了从未发送过的数据：回复的 ACK 被限速（RFC 5961 §7）',
    ],
    [
      'TCP_DEFER_ACCEPT: final ACK without data ignored, waiting for data',
      'TCP_DEFER_ACCEPT：忽略不带数据的第三次握手 ACK，等待数据到达',
    ],
    [
      'accept queue full: final ACK dropped, entry kept in SYN-RECEIVED',
      '全连接队列已满：丢弃第三次握手的 ACK，连接仍停在 SYN-RECEIVED',
    ],
    ['RST for no connection', '没有对应连接的 RST'],
    ['no connection and no listener on port {port}: reset', '端口 {port} 上既没有连接也没有监听：回复 RST'],
    ['RST to a listener is ignored', '发给监听套接字的 RST 被忽略'],
    ['neither SYN nor ACK: dropped by the listener', '既没有 SYN 也没有 ACK：被监听套接字丢弃'],
    ['accept queue full: SYN dropped', '全连接队列已满：丢弃 SYN'],
    [
      'SYN queue full and SYN cookies off: SYN silently dropped',
      '半连接队列已满且未开启 SYN cookie：SYN 被静默丢弃',
    ],
    [
      'SYN cookies off and tcp_max_syn_backlog nearly used up: SYN from an unproven peer dropped',
      '未开启 SYN cookie 且 tcp_max_syn_backlog 所剩不足四分之一：丢弃来自未经验证对端的 SYN',
    ],
    ['ACK to a listener with no matching entry: reset', '发给监听套接字的 ACK 没有对应的半连接：回复 RST'],
    [
      'valid SYN cookie but the accept queue is full: ACK dropped',
      'SYN cookie 有效，但全连接队列已满：丢弃 ACK',
    ],
  ],
  /** `segment-dropped.detail`: why the network (or a fault, a firewall, a dead host) lost it. */
  drop: [
    ['random loss', '随机丢包'],
    ['drop #{n} matching segment', '故障注入：丢弃第 {n} 个匹配的报文段'],
    ['firewall around {host}', '被 {host} 的防火墙拦截'],
    ['{host} is down', '{host} 已宕机'],
    ['no host at {ip}', '{ip} 上没有主机'],
  ],
  /** `note.text`: what the engine wants the reader to know at that moment. */
  note: [
    [
      'retransmitted FIN in TIME-WAIT: re-ACK and restart the TIME-WAIT timer',
      'TIME-WAIT 状态收到重传的 FIN：再次回复 ACK，并重启 TIME-WAIT 定时器',
    ],
    [
      'new SYN above RCV.NXT in TIME-WAIT: TIME-WAIT ends early (RFC 9293 MAY-2)',
      'TIME-WAIT 状态收到序号大于 RCV.NXT 的新 SYN：提前结束 TIME-WAIT（RFC 9293 MAY-2）',
    ],
    [
      'TIME-WAIT of zero: a counterfactual, NOT TCP (RFC 9293 MUST-13 requires 2×MSL)',
      'TIME-WAIT 为零：反事实演示，不是 TCP 的行为（RFC 9293 MUST-13 要求 2×MSL）',
    ],
    [
      'orphaned FIN-WAIT-2 timed out (tcp_fin_timeout); the peer never sent its FIN',
      '孤儿 FIN-WAIT-2 连接超时（tcp_fin_timeout）；对端始终没有发来 FIN',
    ],
    [
      'close() with {n} unread bytes: RST instead of FIN (RFC 9293 SHLD-3, RFC 2525 §2.17)',
      '还有 {n} 字节未读就调用 close()：发送 RST 而不是 FIN（RFC 9293 SHLD-3，RFC 2525 §2.17）',
    ],
    [
      'data arrived after close(): nobody can read it, so the connection is reset',
      'close() 之后又收到数据：已无人读取，于是用 RST 重置连接',
    ],
    ['giving up after {n} retransmissions ({s} s)', '重传 {n} 次后放弃（历时 {s} 秒）'],
    [
      'R1 reached ({n} retransmissions): IP is told to look for another route (RFC 9293 §3.8.3)',
      '达到阈值 R1（已重传 {n} 次）：通知 IP 层另选路由（RFC 9293 §3.8.3）',
    ],
    [
      'SYN-ACK sent {n} times without an answer: half-open entry dropped',
      'SYN-ACK 已发送 {n} 次仍无应答：删除该半连接',
    ],
    [
      '{n} keepalive probes unanswered: the peer is presumed dead',
      '{n} 个保活探测都没有应答：认定对端已失效',
    ],
    [
      'Possible SYN flooding on port {port}. Sending cookies.',
      '内核日志 “Possible SYN flooding on port {port}. Sending cookies.”：端口 {port} 的半连接队列溢出，疑似 SYN 洪泛，开始发送 SYN cookie',
    ],
    [
      'connection rebuilt from a SYN cookie: MSS from the 3-bit index; options recovered from the timestamp echo',
      '由 SYN cookie 重建连接：MSS 取自 3 位索引；其余选项从时间戳回显中恢复',
    ],
    [
      'connection rebuilt from a SYN cookie: MSS rounded to {mss}; window scaling and SACK are lost (no timestamps)',
      '由 SYN cookie 重建连接：MSS 取整为 {mss}；没有时间戳，窗口缩放和 SACK 信息丢失',
    ],
    [
      'two-way handshake (NOT TCP): the server is ESTABLISHED as soon as it answers a SYN',
      '两次握手（不是 TCP）：服务器一回复 SYN 就进入 ESTABLISHED',
    ],
    [
      'TCP_FASTOPEN_CONNECT ignored: net.ipv4.tcp_fastopen does not enable the client side',
      'TCP_FASTOPEN_CONNECT 被忽略：net.ipv4.tcp_fastopen 没有开启客户端',
    ],
    ['Fast Open cookie {cookie} cached for {ip}', '已为 {ip} 缓存 Fast Open cookie {cookie}'],
    [
      'Fast Open cookie requested: the SYN-ACK carries cookie {cookie}',
      '客户端请求 Fast Open cookie：SYN-ACK 带回 cookie {cookie}',
    ],
    [
      'Fast Open cookie {cookie} is not valid: data ignored, a fresh cookie in the SYN-ACK',
      'Fast Open cookie {cookie} 无效：忽略 SYN 携带的数据，在 SYN-ACK 中下发新的 cookie',
    ],
    [
      'Fast Open: valid cookie but the accept queue is full: the data is not accepted',
      'Fast Open：cookie 有效，但全连接队列已满，不接收 SYN 携带的数据',
    ],
    [
      'Fast Open: valid cookie, {n} bytes accepted from the SYN; the socket is acceptable before the handshake completes',
      'Fast Open：cookie 有效，接收 SYN 携带的 {n} 字节；握手完成前套接字就可以被 accept()',
    ],
    [
      'Fast Open: the SYN-ACK acknowledges the {n} bytes our SYN carried',
      'Fast Open：SYN-ACK 确认了我方 SYN 携带的 {n} 字节',
    ],
    [
      'Fast Open: the server acknowledged only the SYN; {n} bytes go again',
      'Fast Open：服务器只确认了 SYN；{n} 字节需要重新发送',
    ],
    ['old duplicate injected towards {host}', '向 {host} 注入一个历史重复报文段'],
    [
      "segment with {spoofed}'s address ({ip}) forged towards {host}",
      '冒用 {spoofed} 的地址（{ip}）伪造报文段发往 {host}',
    ],
    ['COUNTERFACTUAL, NOT TCP: TIME-WAIT lasts zero seconds', '反事实演示，不是 TCP：TIME-WAIT 持续零秒'],
    [
      'COUNTERFACTUAL, NOT TCP: a two-way handshake (the server opens on the SYN alone)',
      '反事实演示，不是 TCP：两次握手（服务器仅凭 SYN 就建立连接）',
    ],
    [
      'COUNTERFACTUAL, NOT TCP: every connection starts at the same ISN',
      '反事实演示，不是 TCP：每个连接都从同一个 ISN 开始',
    ],
  ],
  /** `app-call.detail`: the arguments of an application's socket call. */
  call: [
    [
      '{ip}:{port} from port {local}{*opts}',
      (c) => `${c.ip}:${c.port}，本地端口 ${c.local}${options(c.opts)}`,
    ],
    [
      'port {port}, backlog {backlog}{*opts}',
      (c) => `端口 ${c.port}，backlog ${c.backlog}${options(c.opts)}`,
    ],
    ['{n} bytes', '{n} 字节'],
    ['{n} bytes ({*label})', '{n} 字节（{label}）'],
    ['no connection', '没有连接'],
    ['SHUT_WR', 'SHUT_WR（关闭写方向）'],
    [
      'SO_KEEPALIVE {idle}/{interval}/{probes}',
      'SO_KEEPALIVE（空闲 {idle} 毫秒后探测，间隔 {interval} 毫秒，最多 {probes} 次）',
    ],
    [
      'SO_KEEPALIVE {idle}/{interval}/{probes} SO_LINGER {1,0}',
      'SO_KEEPALIVE（空闲 {idle} 毫秒后探测，间隔 {interval} 毫秒，最多 {probes} 次），SO_LINGER {1,0}',
    ],
    ['SO_LINGER {1,0}', 'SO_LINGER {1,0}（close() 时直接发送 RST）'],
  ],
} as const satisfies Record<string, readonly ZhRule[]>

/** `segment-dropped.by`, shown when a drop has no detail. */
export const ZH_DROP_BY: Record<'network' | 'fault' | 'firewall' | 'host-down', string> = {
  network: '网络',
  fault: '故障注入',
  firewall: '防火墙',
  'host-down': '主机宕机',
}

/** `host.change`. */
export const ZH_HOST_CHANGE: Record<'crashed' | 'rebooted' | 'unreachable', string> = {
  crashed: '崩溃',
  rebooted: '重启',
  unreachable: '不可达',
}

/** `segment-sent.reason`: why the engine sent a segment that is not a plain first transmission. */
export const ZH_SEND_REASON: Record<SendReason, string> = {
  retransmission: '重传',
  keepalive: '保活探测',
  'tail-loss-probe': '尾部丢失探测',
  'window-probe': '零窗口探测',
  reset: 'RST 复位',
  'syn-cookie': 'SYN cookie（不占用半连接队列的 SYN-ACK）',
}

// --- matching ---------------------------------------------------------------------------------

interface Compiled {
  readonly re: RegExp
  readonly zh: ZhRule[1]
}

const PLACEHOLDER = /\{(\*?)([a-zA-Z]\w*)\}/g
const compiled = new WeakMap<readonly ZhRule[], { exact: Map<string, ZhRule[1]>; patterns: Compiled[] }>()

/** `{name}` matches one token (no spaces or punctuation that ends a clause); `{*name}` any text. */
function compile(rules: readonly ZhRule[]) {
  let c = compiled.get(rules)
  if (c) return c
  c = { exact: new Map(), patterns: [] }
  for (const [en, zh] of rules) {
    if (!/\{\*?[a-zA-Z]\w*\}/.test(en)) {
      c.exact.set(en, zh)
      continue
    }
    let source = '^'
    let last = 0
    for (const m of en.matchAll(PLACEHOLDER)) {
      source += escape(en.slice(last, m.index)) + (m[1] ? `(?<${m[2]}>.*)` : `(?<${m[2]}>[^\\s,;:()]+)`)
      last = m.index + m[0].length
    }
    c.patterns.push({ re: new RegExp(`${source}${escape(en.slice(last))}$`), zh })
  }
  compiled.set(rules, c)
  return c
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The Chinese for `text` under `rules`, or undefined when no rule matches. */
export function translateBy(rules: readonly ZhRule[], text: string): string | undefined {
  const { exact, patterns } = compile(rules)
  const hit = exact.get(text)
  if (hit !== undefined) return typeof hit === 'string' ? hit : hit({})
  for (const p of patterns) {
    const m = p.re.exec(text)
    if (!m) continue
    const groups = m.groups ?? {}
    return typeof p.zh === 'string'
      ? p.zh.replace(PLACEHOLDER, (whole, _s, name: string) => groups[name] ?? whole)
      : p.zh(groups)
  }
  return undefined
}
