/**
 * The engine's reasons in Chinese. RFC state names, flag names, socket options, sysctl names and
 * RFC clauses stay as they are, as Chinese references write them; an application's label (the
 * scenario's own words, e.g. "ClientHello") is shown as written.
 */
import { type EngineWords, type ReasonTexts } from './types'

const reasons: ReasonTexts = {
  // State causes.
  connect: () => '调用 connect()',
  'connect-fast-open': () => '带 Fast Open cookie 的 connect()：SYN 等到第一次写入时携带数据发出',
  'close-before-handshake': () => '握手完成前调用 close()',
  'close-fin-queued': () => '调用 close()：FIN 已排队待发',
  'close-in-syn-received': () => '在 SYN-RECEIVED 状态调用 close()',
  'close-after-peer-fin': () => '收到对端的 FIN 之后调用 close()',
  'close-unread-data': () => '接收缓冲区还有未读数据时调用 close()',
  'close-linger-zero': () => '设置 SO_LINGER {1, 0} 后调用 close()',
  abort: () => '调用 abort()',
  'syn-to-listener': () => '监听套接字收到 SYN',
  'syn-ack-received': () => '收到 SYN,ACK',
  'simultaneous-open-syn': () => '在 SYN-SENT 状态收到 SYN：同时打开',
  'handshake-complete': () => '我方的 SYN,ACK 被确认：三次握手完成',
  'simultaneous-open-ack': () => '我方的 SYN 被确认：同时打开完成',
  'two-way-open': () => '两次握手：仅凭一个 SYN 就建立连接',
  'syn-cookie-final-ack': () => '第三次握手的 ACK 带着有效的 SYN cookie',
  'syn-cookie-validated': () => 'SYN cookie 校验通过',
  'rst-refused': () => '我方的 SYN 得到 RST 回应：连接被拒绝',
  'rst-back-to-listen': () => '在 SYN-RECEIVED 状态收到 RST：回到 LISTEN，移除半连接条目',
  'rst-refused-active-open': () => '在 SYN-RECEIVED 状态（主动打开）收到 RST：连接被拒绝',
  'rst-reset': ({ state }) => `在 ${state} 状态收到 RST：连接被重置`,
  'rst-closed': ({ state }) => `在 ${state} 状态收到 RST`,
  'data-after-close': () => 'close() 之后又收到数据：发送 RST 重置连接',
  'fin-received': () => '收到 FIN',
  'simultaneous-close': () => '我方的 FIN 尚未被确认就收到对端的 FIN：同时关闭',
  'fin-received-fin-acked': () => '收到 FIN，且我方的 FIN 已被确认',
  'fin-acked': () => '我方的 FIN 已被确认',
  'fin-acked-in-closing': () => '在 CLOSING 状态我方的 FIN 被确认',
  'new-incarnation': () => '在 TIME-WAIT 状态接受了同一四元组上的新连接',
  'time-wait-zero': () => 'TIME-WAIT 时长为零',
  'time-wait-expired': () => 'TIME-WAIT 定时器到期',
  'fin-wait-2-timeout': () => '孤儿 FIN-WAIT-2 连接超时',
  'retransmissions-exhausted': () => '重传次数用尽',
  'syn-ack-retries-exhausted': () => 'SYN-ACK 重传次数用尽',
  'keepalive-timeout': () => '保活超时',
  'host-crashed': () => '主机崩溃',

  // Discard reasons.
  'connection-closed': () => '连接已处于 CLOSED 状态',
  'listener-not-connection': () => '意外的报文段：监听套接字不是连接',
  'ack-not-for-our-syn': () => 'ACK 没有确认我方的 SYN（可能是历史重复报文段）',
  'ack-not-for-our-syn-ack': () => 'ACK 没有确认我方的 SYN,ACK',
  'rst-without-ack-in-syn-sent': () => '在 SYN-SENT 状态收到不带 ACK 的 RST',
  'unexpected-in-syn-sent': () => '在 SYN-SENT 状态收到意外的报文段',
  'no-ack-bit': () => '没有置 ACK 标志',
  'rst-outside-window': () => 'RST 不在接收窗口内',
  'outside-window-ack-sent': () => '不在接收窗口内：回复一个 ACK',
  'outside-window-ack-rate-limited': () => '不在接收窗口内：回复的 ACK 被限速（RFC 5961 §7）',
  'rst-challenge-ack': () => 'RST 的序号不等于 RCV.NXT：回复挑战 ACK（RFC 5961 §3.2）',
  'rst-challenge-ack-rate-limited': () => 'RST 的序号不等于 RCV.NXT：挑战 ACK 被限速（RFC 5961 §7）',
  'unexpected-rst': ({ state }) => `在 ${state} 状态收到意外的 RST`,
  'syn-challenge-ack': ({ state }) => `在 ${state} 状态收到 SYN：回复挑战 ACK`,
  'syn-challenge-ack-rate-limited': ({ state }) => `在 ${state} 状态收到 SYN：挑战 ACK 被限速（RFC 5961 §7）`,
  'unexpected-ack-processing': ({ state }) => `在 ${state} 状态意外地处理 ACK`,
  'ack-unsent-data': () => 'ACK 确认了从未发送过的数据',
  'ack-unsent-data-rate-limited': () => 'ACK 确认了从未发送过的数据：回复的 ACK 被限速（RFC 5961 §7）',
  'defer-accept-bare-ack': () => 'TCP_DEFER_ACCEPT：忽略不带数据的第三次握手 ACK，等待数据到达',
  'accept-queue-full-final-ack': () => '全连接队列已满：丢弃第三次握手的 ACK，连接仍停在 SYN-RECEIVED',
  'rst-no-connection': () => '没有对应连接的 RST',
  'closed-port': ({ port }) => `端口 ${port} 上既没有连接也没有监听：回复 RST`,
  'rst-to-listener': () => '发给监听套接字的 RST 被忽略',
  'listener-neither-syn-nor-ack': () => '既没有 SYN 也没有 ACK：被监听套接字丢弃',
  'accept-queue-full-syn': () => '全连接队列已满：丢弃 SYN',
  'syn-queue-full-no-cookies': () => '半连接队列已满且未开启 SYN cookie：SYN 被静默丢弃',
  'syn-backlog-unproven-peer': () =>
    '未开启 SYN cookie 且 tcp_max_syn_backlog 所剩不足四分之一：丢弃来自未经验证对端的 SYN',
  'listener-ack-no-entry': () => '发给监听套接字的 ACK 没有对应的半连接：回复 RST',
  'syn-cookie-accept-queue-full': () => 'SYN cookie 有效，但全连接队列已满：丢弃 ACK',

  // Drop reasons.
  'random-loss': () => '随机丢包',
  'fault-drop': ({ nth }) => `故障注入：丢弃第 ${nth} 个匹配的报文段`,
  firewall: ({ host }) => `被 ${host} 的防火墙拦截`,
  'host-down': ({ host }) => `${host} 已宕机`,
  'no-route': ({ ip }) => `${ip} 上没有主机`,

  // Notes.
  'time-wait-fin-retransmitted': () => 'TIME-WAIT 状态收到重传的 FIN：再次回复 ACK，并重启 TIME-WAIT 定时器',
  'time-wait-new-syn': () =>
    'TIME-WAIT 状态收到序号大于 RCV.NXT 的新 SYN：提前结束 TIME-WAIT（RFC 9293 MAY-2）',
  'time-wait-zero-not-tcp': () =>
    'TIME-WAIT 为零：反事实演示，不是 TCP 的行为（RFC 9293 MUST-13 要求 2×MSL）',
  'fin-wait-2-orphan-timed-out': () => '孤儿 FIN-WAIT-2 连接超时（tcp_fin_timeout）；对端始终没有发来 FIN',
  'close-unread-data-rst': ({ bytes }) =>
    `还有 ${bytes} 字节未读就调用 close()：发送 RST 而不是 FIN（RFC 9293 SHLD-3，RFC 2525 §2.17）`,
  'data-after-close-reset': () => 'close() 之后又收到数据：已无人读取，于是用 RST 重置连接',
  'retransmissions-given-up': ({ retransmissions, elapsedMs }) =>
    `重传 ${retransmissions} 次后放弃（历时 ${Math.round(elapsedMs / 1000)} 秒）`,
  'r1-reached': ({ retransmissions }) =>
    `达到阈值 R1（已重传 ${retransmissions} 次）：通知 IP 层另选路由（RFC 9293 §3.8.3）`,
  'syn-ack-given-up': ({ sent }) => `SYN-ACK 已发送 ${sent} 次仍无应答：删除该半连接`,
  'keepalive-given-up': ({ probes }) => `${probes} 个保活探测都没有应答：认定对端已失效`,
  'syn-flood-cookies': ({ port }) =>
    `内核日志 “Possible SYN flooding on port ${port}. Sending cookies.”：端口 ${port} 的半连接队列溢出，疑似 SYN 洪泛，开始发送 SYN cookie`,
  'cookie-rebuilt-from-timestamps': () =>
    '由 SYN cookie 重建连接：MSS 取自 3 位索引；其余选项从时间戳回显中恢复',
  'cookie-rebuilt-without-timestamps': ({ mss }) =>
    `由 SYN cookie 重建连接：MSS 取整为 ${mss}；没有时间戳，窗口缩放和 SACK 信息丢失`,
  'two-way-handshake-established': () => '两次握手（不是 TCP）：服务器一回复 SYN 就进入 ESTABLISHED',
  'fast-open-connect-ignored': () => 'TCP_FASTOPEN_CONNECT 被忽略：net.ipv4.tcp_fastopen 没有开启客户端',
  'fast-open-cookie-cached': ({ cookie, ip }) => `已为 ${ip} 缓存 Fast Open cookie ${cookie}`,
  'fast-open-cookie-requested': ({ cookie }) => `客户端请求 Fast Open cookie：SYN-ACK 带回 cookie ${cookie}`,
  'fast-open-cookie-invalid': ({ cookie }) =>
    `Fast Open cookie ${cookie} 无效：忽略 SYN 携带的数据，在 SYN-ACK 中下发新的 cookie`,
  'fast-open-accept-queue-full': () => 'Fast Open：cookie 有效，但全连接队列已满，不接收 SYN 携带的数据',
  'fast-open-data-accepted': ({ bytes }) =>
    `Fast Open：cookie 有效，接收 SYN 携带的 ${bytes} 字节；握手完成前套接字就可以被 accept()`,
  'fast-open-data-acked': ({ bytes }) => `Fast Open：SYN-ACK 确认了我方 SYN 携带的 ${bytes} 字节`,
  'fast-open-data-resent': ({ bytes }) => `Fast Open：服务器只确认了 SYN；${bytes} 字节需要重新发送`,
  'old-duplicate-injected': ({ to }) => `向 ${to} 注入一个历史重复报文段`,
  'forged-segment': ({ spoofed, ip, to }) => `冒用 ${spoofed} 的地址（${ip}）伪造报文段发往 ${to}`,
  'variant-time-wait-zero': () => '反事实演示，不是 TCP：TIME-WAIT 持续零秒',
  'variant-two-way-handshake': () => '反事实演示，不是 TCP：两次握手（服务器仅凭 SYN 就建立连接）',
  'variant-fixed-isn': () => '反事实演示，不是 TCP：每个连接都从同一个 ISN 开始',

  // Application call arguments.
  'connect-args': ({ ip, port, localPort, fastOpen }) =>
    `${ip}:${port}，本地端口 ${localPort}${fastOpen ? '，开启 TCP_FASTOPEN_CONNECT' : ''}`,
  'listen-args': ({ port, backlog, neverAccepts, fastOpen, deferAcceptMs }) =>
    [
      `端口 ${port}，backlog ${backlog}`,
      neverAccepts ? '应用从不调用 accept()' : '',
      fastOpen === 'on' ? '开启 TCP_FASTOPEN' : '',
      fastOpen === 'ignored' ? 'TCP_FASTOPEN 被忽略（tcp_fastopen 未开启服务端位）' : '',
      deferAcceptMs !== undefined ? `TCP_DEFER_ACCEPT ${deferAcceptMs} 毫秒` : '',
    ]
      .filter(Boolean)
      .join('，'),
  'send-args': ({ bytes, label }) => (label === undefined ? `${bytes} 字节` : `${bytes} 字节（${label}）`),
  'read-args': ({ bytes }) => `${bytes} 字节`,
  'shutdown-args': () => 'SHUT_WR（关闭写方向）',
  'setsockopt-keepalive': ({ idleMs, intervalMs, probes, lingerZero }) =>
    `SO_KEEPALIVE（空闲 ${idleMs} 毫秒后探测，间隔 ${intervalMs} 毫秒，最多 ${probes} 次）${lingerZero ? '，SO_LINGER {1,0}' : ''}`,
  'setsockopt-linger-zero': () => 'SO_LINGER {1,0}（close() 时直接发送 RST）',
  'no-connection': () => '没有连接',
}

export const zh: EngineWords = {
  reasons,
  sendReasons: {
    retransmission: '重传',
    keepalive: '保活探测',
    'tail-loss-probe': '尾部丢失探测',
    'window-probe': '零窗口探测',
    reset: 'RST 复位',
    'syn-cookie': 'SYN cookie（不占用半连接队列的 SYN-ACK）',
  },
  hostChanges: { crashed: '崩溃', rebooted: '重启', unreachable: '不可达' },
}
