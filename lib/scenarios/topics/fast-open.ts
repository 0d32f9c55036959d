/**
 * TCP Fast Open (RFC 7413): the first connection asks for a cookie in its SYN; a later
 * connection to the same server sends the cookie and its request in the SYN, and the SYN-ACK
 * acknowledges the data, saving one round trip.
 */
import { type LibraryEntry } from '../types'
import { pair, text } from './common'

export const tcpFastOpen: LibraryEntry = {
  id: 'tcp-fast-open',
  topic: 'fast-open',
  title: text('TCP Fast Open: data in the SYN', 'TCP Fast Open：SYN 携带数据'),
  summary: text(
    'The first connection’s SYN carries an empty Fast Open option (a cookie request) and the SYN-ACK returns a cookie. The second connection’s SYN carries that cookie and the 100-byte request; the server hands the data to its application before the handshake completes, and the reply starts one round trip earlier.',
    '第一条连接的 SYN 携带空的 Fast Open 选项（请求 Cookie），SYN-ACK 返回 Cookie。第二条连接的 SYN 带上该 Cookie 和 100 字节请求；服务器在握手完成前就把数据交给应用，响应因此提前一个往返开始。',
  ),
  scenario: {
    name: 'tcp-fast-open',
    // Linux's default net.ipv4.tcp_fastopen = 1 is client-only; a server needs bit 2 ('both' here)
    // and TCP_FASTOPEN on the listening socket; the clients use TCP_FASTOPEN_CONNECT.
    hosts: {
      client: pair('linux').client,
      server: { ...pair('linux').server, params: { fastOpen: 'both' } },
    },
    network: { latencyMs: 50 },
    apps: [
      {
        host: 'server',
        actions: [
          { at: 0, do: 'listen', port: 80, fastOpen: true },
          { on: { received: 100 }, do: 'send', bytes: 300, label: 'response' },
          { on: 'eof', do: 'close' },
        ],
      },
      {
        name: 'first-visit',
        host: 'client',
        actions: [
          { at: 0, do: 'connect', to: 'server', port: 80, fastOpen: true },
          { on: 'connected', do: 'send', bytes: 100, label: 'first request' },
          { on: { received: 300 }, do: 'close' },
        ],
      },
      {
        name: 'second-visit',
        host: 'client',
        actions: [
          // The request is written before connect() completes: with a cookie it rides in the SYN.
          { at: 2000, do: 'connect', to: 'server', port: 80, fastOpen: true },
          { at: 2000, do: 'send', bytes: 100, label: 'second request' },
        ],
      },
    ],
    expect: [
      { note: 'Fast Open cookie requested' },
      { note: 'Fast Open: the SYN-ACK acknowledges the 100 bytes our SYN carried' },
      { note: 'bytes accepted from the SYN' },
      { segments: { from: 'client', hasFlags: 'SYN', label: 'second request', payload: true }, exactly: 1 },
      { segments: { from: 'client', label: 'first request', hasFlags: 'SYN' }, exactly: 0 },
      { segments: { from: 'server', label: 'response' }, atLeast: 2 },
      { host: 'client', endsIn: 'ESTABLISHED' },
    ],
  },
  knobs: [],
}

export const FAST_OPEN: readonly LibraryEntry[] = [tcpFastOpen]
