/**
 * Closing a connection: the textbook four-segment close (RFC 9293 Figure 5), Linux's merged
 * three-segment close and when it stays at four, half-close, and simultaneous close (Figure 13).
 */
import { latencyKnob, profileKnob } from '../knobs'
import { type LibraryEntry } from '../types'
import { pair, text } from './common'

/** A 100-byte request and a 300-byte reply; the client closes once it has the reply. */
const exchange = (serverCloseAfterMs: number) => [
  {
    host: 'server',
    actions: [
      { at: 0, do: 'listen' as const, port: 80 },
      { on: { received: 100 }, do: 'send' as const, bytes: 300, label: 'HTTP response' },
      { on: 'eof' as const, after: serverCloseAfterMs, do: 'close' as const },
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

const serverDelayKnob = (current: number) =>
  ({
    id: 'server-close-delay',
    kind: 'number',
    label: text('Server closes this long after the client’s FIN', '服务器在收到 FIN 后多久关闭'),
    help: text(
      'Under Linux the ACK of a FIN is delayed (40 ms minimum): a quicker close merges it into the server’s FIN.',
      'Linux 会延迟对 FIN 的确认（至少 40 毫秒）：服务器关闭得更快时，这个 ACK 会并入服务器的 FIN。',
    ),
    min: 0,
    max: 1000,
    step: 10,
    unit: 'ms',
    default: current,
    path: 'apps.0.actions.2.after',
  }) as const

export const fourWayClose: LibraryEntry = {
  id: 'four-way-close',
  topic: 'close',
  title: text('The four-segment close (RFC)', '四次挥手（RFC）'),
  summary: text(
    'The client closes first: FIN → ACK puts it in FIN-WAIT-2 and the server in CLOSE-WAIT; the server’s FIN → ACK ends in LAST-ACK → CLOSED on one side and TIME-WAIT (2×MSL = 4 min) on the other.',
    '客户端先关闭：FIN → ACK 使客户端进入 FIN-WAIT-2、服务器进入 CLOSE-WAIT；服务器的 FIN → ACK 之后，服务器经 LAST-ACK 到 CLOSED，客户端进入 TIME-WAIT（2×MSL = 4 分钟）。',
  ),
  scenario: {
    name: 'four-way-close',
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    apps: exchange(100),
    expect: [
      { closeSegments: 4 },
      { segments: { from: 'client', hasFlags: 'FIN' }, exactly: 1 },
      { segments: { from: 'server', hasFlags: 'FIN' }, exactly: 1 },
      { host: 'client', passesThrough: 'FIN-WAIT-2' },
      { host: 'client', passesThrough: 'TIME-WAIT' },
      { host: 'server', passesThrough: 'CLOSE-WAIT' },
      { host: 'server', passesThrough: 'LAST-ACK' },
      { host: 'client', endsIn: 'CLOSED' },
      { host: 'server', endsIn: 'CLOSED' },
    ],
  },
  knobs: [profileKnob('rfc'), latencyKnob(50), serverDelayKnob(100)],
}

export const linuxThreeSegmentClose: LibraryEntry = {
  id: 'linux-three-segment-close',
  topic: 'close',
  title: text('Linux closes in three segments', 'Linux 的三次挥手'),
  summary: text(
    'Linux ACKs the request at once (quick-ack mode) but delays the ACK of a FIN; the server application closes at once, so that ACK rides on the server’s own FIN: FIN,ACK / FIN,ACK / ACK. The FIN never gets a bare ACK.',
    'Linux 立即确认请求（快速确认模式），却延迟对 FIN 的确认；服务器应用立即关闭，于是这个 ACK 搭上了服务器自己的 FIN：FIN,ACK / FIN,ACK / ACK。FIN 从未被单独确认。',
  ),
  scenario: {
    name: 'linux-three-segment-close',
    hosts: pair('linux'),
    network: { latencyMs: 50 },
    apps: exchange(0),
    expect: [
      { closeSegments: 3 },
      { segments: { from: 'server', flags: 'FIN,ACK' }, exactly: 1 },
      // The server's one bare ACK is the quick ACK of the request (relative seq 1, before its
      // reply); it never ACKs the client's FIN on its own: that ACK rides on the server's FIN.
      { segments: { from: 'server', flags: 'ACK', payload: false }, exactly: 1 },
      { segments: { from: 'server', flags: 'ACK', payload: false, relSeq: 1 }, exactly: 1 },
      { host: 'client', passesThrough: 'TIME-WAIT' },
      { host: 'server', passesThrough: 'LAST-ACK' },
      { host: 'client', endsIn: 'CLOSED' },
    ],
  },
  knobs: [profileKnob('linux'), latencyKnob(50), serverDelayKnob(0)],
}

export const linuxServerWaits: LibraryEntry = {
  id: 'linux-close-server-waits',
  topic: 'close',
  title: text('Four segments when the server waits', '服务器迟迟不关闭时仍是四次'),
  summary: text(
    'Same Linux stacks, but the server application takes 200 ms to close: the delayed-ACK timer (40 ms) fires first, the FIN is ACKed on its own, and the close takes four segments again.',
    '同样是 Linux，但服务器应用 200 毫秒后才关闭：延迟确认定时器（40 毫秒）先到期，FIN 被单独确认，关闭又变回四个报文段。',
  ),
  scenario: {
    name: 'linux-close-server-waits',
    hosts: pair('linux'),
    network: { latencyMs: 50 },
    apps: exchange(200),
    expect: [
      { closeSegments: 4 },
      { host: 'client', passesThrough: 'FIN-WAIT-2' },
      { host: 'server', passesThrough: 'CLOSE-WAIT' },
      { host: 'client', passesThrough: 'TIME-WAIT' },
      { host: 'client', endsIn: 'CLOSED' },
    ],
  },
  knobs: [profileKnob('linux'), latencyKnob(50), serverDelayKnob(200)],
}

export const halfClose: LibraryEntry = {
  id: 'half-close',
  topic: 'close',
  title: text('Half-close: data after the FIN', '半关闭：FIN 之后仍有数据'),
  summary: text(
    'The client sends its request and shutdown(SHUT_WR): its FIN says “no more from me”, not “goodbye”. The server, in CLOSE-WAIT, still sends a 3000-byte reply that the client (FIN-WAIT-2) reads, then closes.',
    '客户端发送请求后调用 shutdown(SHUT_WR)：它的 FIN 表示“我不再发送”，而不是“再见”。处于 CLOSE-WAIT 的服务器仍发送 3000 字节响应，处于 FIN-WAIT-2 的客户端照常读取，然后服务器才关闭。',
  ),
  scenario: {
    name: 'half-close',
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    apps: [
      {
        host: 'server',
        actions: [
          { at: 0, do: 'listen', port: 80 },
          { on: 'eof', do: 'send', bytes: 3000, label: 'reply after FIN' },
          { on: 'eof', after: 300, do: 'close' },
        ],
      },
      {
        host: 'client',
        actions: [
          { at: 1, do: 'connect', to: 'server', port: 80 },
          { on: 'connected', do: 'send', bytes: 100, label: 'request' },
          { on: 'connected', after: 10, do: 'shutdown' },
        ],
      },
    ],
    expect: [
      { segments: { from: 'server', label: 'reply after FIN', payload: true }, atLeast: 3 },
      { host: 'client', passesThrough: 'FIN-WAIT-2' },
      { host: 'server', passesThrough: 'CLOSE-WAIT' },
      { host: 'client', passesThrough: 'TIME-WAIT' },
      { host: 'server', endsIn: 'CLOSED' },
    ],
  },
  knobs: [profileKnob('rfc'), latencyKnob(50)],
}

export const simultaneousClose: LibraryEntry = {
  id: 'simultaneous-close',
  topic: 'close',
  title: text('Simultaneous close', '同时关闭'),
  summary: text(
    'Both applications close at the same instant; the FINs cross, each side goes FIN-WAIT-1 → CLOSING → TIME-WAIT (RFC 9293 Figure 13) and both keep a TIME-WAIT.',
    '双方应用同时关闭，两个 FIN 交叉而过，每一方都经历 FIN-WAIT-1 → CLOSING → TIME-WAIT（RFC 9293 图 13），两边都要停留在 TIME-WAIT。',
  ),
  scenario: {
    name: 'simultaneous-close',
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    apps: [
      {
        host: 'server',
        actions: [
          { at: 0, do: 'listen', port: 80 },
          { at: 500, do: 'close' },
        ],
      },
      {
        host: 'client',
        actions: [
          { at: 0, do: 'connect', to: 'server', port: 80 },
          { at: 500, do: 'close' },
        ],
      },
    ],
    expect: [
      { segments: { hasFlags: 'FIN' }, exactly: 2 },
      { host: 'client', passesThrough: 'CLOSING' },
      { host: 'server', passesThrough: 'CLOSING' },
      { host: 'client', neverEnters: 'FIN-WAIT-2' },
      { host: 'server', neverEnters: 'LAST-ACK' },
      { host: 'client', passesThrough: 'TIME-WAIT' },
      { host: 'server', passesThrough: 'TIME-WAIT' },
    ],
  },
  knobs: [profileKnob('rfc'), latencyKnob(50)],
}

export const CLOSE: readonly LibraryEntry[] = [
  fourWayClose,
  linuxThreeSegmentClose,
  linuxServerWaits,
  halfClose,
  simultaneousClose,
]
