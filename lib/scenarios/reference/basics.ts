/**
 * Reference scenarios: each is plain data (what a content author writes) with the expectations
 * that pin what TCP does. The scenario library builds on these shapes.
 */
import { text } from '../topics/common'
import { type LibraryEntry } from '../types'
import { type NamedScenario, reference } from './entry'

const pair = (profile: 'rfc' | 'linux') => ({
  client: { ip: '10.0.0.1', profile },
  server: { ip: '10.0.0.2', profile },
})

/** A request/response over one connection, closed the Linux way: the ACK of the FIN rides on the server's FIN. */
export const linuxQuickClose: NamedScenario = {
  name: 'linux-quick-close',
  title: 'HTTP-like exchange; Linux closes in three segments',
  seed: 1,
  hosts: pair('linux'),
  apps: [
    {
      host: 'server',
      actions: [
        { at: 0, do: 'listen', port: 80 },
        { on: { received: 100 }, do: 'send', bytes: 500, label: '200 OK' },
        { on: 'eof', do: 'close' },
      ],
    },
    {
      host: 'client',
      actions: [
        { at: 1, do: 'connect', to: 'server', port: 80 },
        { on: 'connected', do: 'send', bytes: 100, label: 'GET /' },
        { on: { received: 500 }, do: 'close' },
      ],
    },
  ],
  expect: [
    { host: 'server', passesThrough: 'LAST-ACK' },
    { host: 'client', passesThrough: 'TIME-WAIT' },
    { closeSegments: 3 },
    { host: 'client', endsIn: 'CLOSED' },
  ],
}

/**
 * Two requests on one Linux connection: quick-ack mode ACKs the first request at once (Linux
 * tcp_event_data_recv), the server's prompt reply enters pingpong mode (tcp_event_data_sent), and
 * from then on the ACK of a request waits and rides on its reply.
 */
export const linuxQuickAckPingpong: NamedScenario = {
  name: 'linux-quick-ack-pingpong',
  title: 'Quick ACK for the first request, pingpong for the second',
  seed: 1,
  hosts: pair('linux'),
  apps: [
    {
      host: 'server',
      actions: [
        { at: 0, do: 'listen', port: 80 },
        { on: { received: 100 }, do: 'send', bytes: 500, label: 'reply 1' },
        { on: { received: 200 }, do: 'send', bytes: 500, label: 'reply 2' },
        { on: 'eof', do: 'close' },
      ],
    },
    {
      host: 'client',
      actions: [
        { at: 1, do: 'connect', to: 'server', port: 80 },
        { on: 'connected', do: 'send', bytes: 100, label: 'request 1' },
        { on: { received: 500 }, after: 1, do: 'send', bytes: 100, label: 'request 2' },
        { on: { received: 1000 }, do: 'close' },
      ],
    },
  ],
  expect: [
    // The only bare ACK the server sends before the close is the quick ACK of request 1.
    { segments: { from: 'server', flags: 'ACK', payload: false }, exactly: 1 },
    { segments: { from: 'server', flags: 'ACK', payload: false, relSeq: 1 }, exactly: 1 },
    { closeSegments: 3 },
    { host: 'client', endsIn: 'CLOSED' },
  ],
}

/** The same exchange under the RFC profile: the FIN is ACKed at once, so the close takes four segments. */
export const textbookClose: NamedScenario = {
  ...linuxQuickClose,
  name: 'textbook-close',
  title: 'The RFC 9293 four-segment close',
  hosts: pair('rfc'),
  apps: [
    {
      host: 'server',
      actions: [
        { at: 0, do: 'listen', port: 80 },
        { on: { received: 100 }, do: 'send', bytes: 500, label: '200 OK' },
        { on: 'eof', after: 50, do: 'close' },
      ],
    },
    {
      host: 'client',
      actions: [
        { at: 1, do: 'connect', to: 'server', port: 80 },
        { on: 'connected', do: 'send', bytes: 100, label: 'GET /' },
        { on: { received: 500 }, do: 'close' },
      ],
    },
  ],
  expect: [
    { host: 'client', passesThrough: 'FIN-WAIT-2' },
    { host: 'server', passesThrough: 'CLOSE-WAIT' },
    { closeSegments: 4 },
    { host: 'client', passesThrough: 'TIME-WAIT' },
  ],
}

/** A SYN to a port nobody listens on: <SEQ=0><ACK=SEG.SEQ+1><CTL=RST,ACK>, and connect() fails. */
export const connectionRefused: NamedScenario = {
  name: 'connection-refused',
  title: 'SYN to a closed port',
  hosts: pair('linux'),
  apps: [{ host: 'client', actions: [{ at: 0, do: 'connect', to: 'server', port: 81 }] }],
  expect: [
    { segments: { from: 'server', flags: 'RST,ACK' }, exactly: 1 },
    { host: 'client', endsIn: 'CLOSED', error: 'ECONNREFUSED' },
  ],
}

/** The client's last ACK is lost: the server retransmits its FIN and TIME-WAIT answers it again. */
export const lostLastAck: NamedScenario = {
  name: 'lost-last-ack',
  title: 'Why TIME-WAIT: the last ACK is lost',
  hosts: pair('rfc'),
  apps: [
    {
      host: 'server',
      actions: [
        { at: 0, do: 'listen', port: 80 },
        { on: 'eof', after: 10, do: 'close' },
      ],
    },
    {
      host: 'client',
      actions: [
        { at: 1, do: 'connect', to: 'server', port: 80 },
        { on: 'connected', after: 5, do: 'close' },
      ],
    },
  ],
  faults: [{ kind: 'drop', match: { from: 'client', flags: 'ACK', payload: false }, nth: 2 }],
  expect: [
    { segments: { from: 'server', hasFlags: 'FIN', reason: 'retransmission' }, atLeast: 1 },
    { note: 'retransmitted FIN in TIME-WAIT' },
    { host: 'server', passesThrough: 'LAST-ACK' },
    { host: 'server', endsIn: 'CLOSED' },
  ],
}

/**
 * The server is unreachable: Linux 6.5+ re-sends the SYN at 1, 2, 3, 4, 5, 7, 11, 19, 35 and 67 s
 * (tcp_syn_linear_timeouts 4, tcp_syn_retries 6) and gives up at 131 s.
 */
export const synRetries: NamedScenario = {
  name: 'syn-retries',
  title: 'SYN retransmissions against a silent firewall',
  hosts: pair('linux'),
  apps: [
    { host: 'server', actions: [{ at: 0, do: 'listen', port: 80 }] },
    { host: 'client', actions: [{ at: 0, do: 'connect', to: 'server', port: 80 }] },
  ],
  faults: [{ kind: 'firewall', host: 'server', at: 0 }],
  expect: [
    { segments: { from: 'client', flags: 'SYN', reason: 'retransmission' }, exactly: 10 },
    { host: 'client', endsIn: 'CLOSED', error: 'ETIMEDOUT' },
  ],
}

/**
 * tcp_syn_linear_timeouts = 0: the pre-6.5 schedule, SYNs at 0, 1, 3, 7, 15, 31, 63 s and ETIMEDOUT
 * at 127 s; its golden hash is the one `syn-retries` had before the linear timeouts.
 */
export const synRetriesClassic: NamedScenario = {
  ...synRetries,
  name: 'syn-retries-classic',
  title: 'SYN retransmissions, the classic exponential schedule',
  hosts: {
    ...synRetries.hosts,
    client: { ip: '10.0.0.1', profile: 'linux', params: { synLinearTimeouts: 0 } },
  },
  expect: [
    { segments: { from: 'client', flags: 'SYN', reason: 'retransmission' }, exactly: 6 },
    { host: 'client', endsIn: 'CLOSED', error: 'ETIMEDOUT' },
  ],
}

export const BASICS: readonly LibraryEntry[] = [
  reference(linuxQuickClose, {
    topic: 'close',
    title: text('HTTP-like exchange; Linux closes in three segments', '类 HTTP 交换；Linux 用三个报文段关闭'),
    summary: text(
      "A request and a reply, then the client closes. Quick-ack mode ACKs the request and the reply at once; the server's delayed ACK of the FIN rides on its own FIN, so the close takes three segments.",
      '一次请求和一次响应之后客户端关闭。快速确认模式让请求和响应都被立即确认；服务器对 FIN 的延迟确认搭上了它自己的 FIN，所以关闭只用三个报文段。',
    ),
  }),
  reference(linuxQuickAckPingpong, {
    topic: 'close',
    title: text('Quick ACK, then pingpong', '先快速确认，再进入 pingpong 模式'),
    summary: text(
      "Two requests on one Linux connection. The first data is ACKed at once (quick-ack mode); the server's prompt reply makes the connection interactive (pingpong mode), so the second request's ACK rides on its reply.",
      '同一条 Linux 连接上的两次请求。第一段数据被立即确认（快速确认模式）；服务器很快作出回应，连接被视为交互式（pingpong 模式），于是第二次请求的 ACK 搭上了它的响应。',
    ),
  }),
  reference(textbookClose, {
    topic: 'close',
    title: text('The RFC 9293 four-segment close', 'RFC 9293 的四报文段关闭'),
    summary: text(
      'The same exchange on the rfc profile: the FIN is acknowledged at once and the server closes 50 ms later, so the close takes four segments.',
      '同样的交换换成 rfc 配置：FIN 被立即确认，服务器 50 毫秒后才关闭，于是关闭用了四个报文段。',
    ),
  }),
  reference(connectionRefused, {
    topic: 'reset',
    title: text('SYN to a closed port', '发往未监听端口的 SYN'),
    summary: text(
      'Nobody listens on the port: the server answers the SYN with RST,ACK and connect() fails with ECONNREFUSED.',
      '该端口无人监听：服务器以 RST,ACK 回应 SYN，connect() 以 ECONNREFUSED 失败。',
    ),
  }),
  reference(lostLastAck, {
    topic: 'time-wait',
    title: text('Why TIME-WAIT: the last ACK is lost', '为什么需要 TIME-WAIT：最后一个 ACK 丢失'),
    summary: text(
      "The client's final ACK is dropped; the server retransmits its FIN from LAST-ACK and the client, still in TIME-WAIT, acknowledges it again.",
      '客户端最后的 ACK 被丢弃；服务器在 LAST-ACK 中重传 FIN，仍处于 TIME-WAIT 的客户端再次确认它。',
    ),
  }),
  reference(synRetries, {
    topic: 'handshake-loss',
    title: text('SYN retransmissions against a silent firewall', '面对静默防火墙的 SYN 重传'),
    summary: text(
      'A firewall drops everything to the server: Linux 6.5+ retransmits the SYN ten times, four at 1 s intervals and then backing off exponentially, and connect() fails with ETIMEDOUT at 131 s.',
      '防火墙丢弃发往服务器的一切：Linux 6.5+ 重传 SYN 十次，前四次间隔 1 秒，之后指数退避，connect() 在 131 秒时以 ETIMEDOUT 失败。',
    ),
  }),
  reference(synRetriesClassic, {
    topic: 'handshake-loss',
    title: text('SYN retransmissions, classic schedule', 'SYN 重传：经典指数退避'),
    summary: text(
      'The same silent firewall with tcp_syn_linear_timeouts = 0 (kernels before 6.5): six retransmissions at 1, 3, 7, 15, 31 and 63 s, ETIMEDOUT at 127 s.',
      '同样的静默防火墙，tcp_syn_linear_timeouts = 0（6.5 之前的内核）：在 1、3、7、15、31、63 秒重传六次，127 秒时 ETIMEDOUT。',
    ),
  }),
]
