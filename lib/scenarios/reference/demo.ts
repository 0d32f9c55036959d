/** The player's own demonstration: every view (ladder, packets, timers, queues) has something to show. */
import { text } from '../topics/common'
import { type LibraryEntry } from '../types'

export const PLAYER_DEMO: LibraryEntry = {
  id: 'sim-demo-handshake',
  topic: 'handshake',
  reference: true,
  title: text('Handshake, a request and a response, then close', '握手、一次请求与响应，然后关闭'),
  summary: text(
    'A handshake over a 50 ms path, 100 bytes up and 300 bytes back, then the client closes.',
    '在 50 毫秒的路径上握手，上行 100 字节、下行 300 字节，然后客户端关闭。',
  ),
  scenario: {
    name: 'sim-demo-handshake',
    hosts: { client: { ip: '10.0.0.1' }, server: { ip: '10.0.0.2' } },
    network: { latencyMs: 50 },
    apps: [
      {
        host: 'server',
        actions: [
          { do: 'listen', port: 80, backlog: 1, at: 0 },
          { do: 'send', bytes: 300, label: 'HTTP response', on: { received: 100 } },
          { do: 'close', on: 'eof' },
        ],
      },
      {
        host: 'client',
        actions: [
          { do: 'connect', to: 'server', port: 80, at: 10 },
          { do: 'send', bytes: 100, label: 'HTTP request', on: 'connected' },
          { do: 'close', on: { received: 300 } },
        ],
      },
    ],
    expect: [
      { host: 'server', passesThrough: 'LAST-ACK' },
      { host: 'client', passesThrough: 'TIME-WAIT' },
    ],
  },
  knobs: [],
}
