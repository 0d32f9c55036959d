/**
 * Opening a connection: the three-way handshake (RFC 9293 §3.5, Figure 6), a first request and
 * reply, simultaneous open (Figure 7, MUST-10), and data riding on the handshake's third segment.
 */
import { latencyKnob, profileKnob } from '../knobs'
import { setPath } from '../path'
import { type LibraryEntry } from '../types'
import { pair, text } from './common'

export const threeWayHandshake: LibraryEntry = {
  id: 'three-way-handshake',
  topic: 'handshake',
  title: text('The three-way handshake', '三次握手'),
  summary: text(
    'SYN, SYN-ACK, ACK: each side sends its ISN and acknowledges the other’s. The client is ESTABLISHED after two segments, the server after three.',
    'SYN、SYN-ACK、ACK：双方各自发出初始序列号并确认对方的序列号。客户端收到第二个报文段即进入 ESTABLISHED，服务器要等到第三个。',
  ),
  scenario: {
    name: 'three-way-handshake',
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    apps: [
      { host: 'server', actions: [{ at: 0, do: 'listen', port: 80 }] },
      { host: 'client', actions: [{ at: 1, do: 'connect', to: 'server', port: 80 }] },
    ],
    expect: [
      { segments: { from: 'client', flags: 'SYN' }, exactly: 1 },
      { segments: { from: 'server', flags: 'SYN,ACK' }, exactly: 1 },
      { segments: { from: 'client', flags: 'ACK', payload: false }, exactly: 1 },
      { host: 'client', passesThrough: 'SYN-SENT' },
      { host: 'server', passesThrough: 'SYN-RECEIVED' },
      { host: 'client', endsIn: 'ESTABLISHED' },
      { host: 'server', endsIn: 'ESTABLISHED' },
    ],
  },
  knobs: [profileKnob('rfc'), latencyKnob(50)],
}

export const handshakeRequestReply: LibraryEntry = {
  id: 'handshake-request-reply',
  topic: 'handshake',
  title: text('Handshake, then a request and a reply', '握手后发送请求并收到响应'),
  summary: text(
    'After the handshake the client sends a 100-byte request (relative seq 1) and the server a 300-byte reply; each side’s ACK number is the next byte it expects.',
    '握手之后客户端发送 100 字节请求（相对序号 1），服务器回复 300 字节；双方的确认号都是自己期望收到的下一个字节。',
  ),
  scenario: {
    name: 'handshake-request-reply',
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    apps: [
      {
        host: 'server',
        actions: [
          { at: 0, do: 'listen', port: 80 },
          { on: { received: 100 }, do: 'send', bytes: 300, label: 'HTTP response' },
        ],
      },
      {
        host: 'client',
        actions: [
          { at: 1, do: 'connect', to: 'server', port: 80 },
          { on: 'connected', do: 'send', bytes: 100, label: 'HTTP request' },
        ],
      },
    ],
    expect: [
      { segments: { from: 'client', label: 'HTTP request', payload: true }, exactly: 1 },
      { segments: { from: 'server', label: 'HTTP response', payload: true }, exactly: 1 },
      { segments: { hasFlags: 'FIN' }, exactly: 0 },
      { host: 'client', endsIn: 'ESTABLISHED' },
      { host: 'server', endsIn: 'ESTABLISHED' },
    ],
  },
  knobs: [
    profileKnob('rfc'),
    latencyKnob(50),
    {
      id: 'request-bytes',
      kind: 'number',
      label: text('Request size', '请求大小'),
      min: 1,
      max: 20_000,
      step: 1,
      unit: 'B',
      default: 100,
      // The server answers once the whole request is in, so its trigger moves with the size.
      apply: (s, n) => setPath(setPath(s, 'apps.0.actions.1.on.received', n), 'apps.1.actions.1.bytes', n),
    },
    {
      id: 'reply-bytes',
      kind: 'number',
      label: text('Reply size', '响应大小'),
      min: 1,
      max: 100_000,
      step: 1,
      unit: 'B',
      default: 300,
      path: 'apps.0.actions.1.bytes',
    },
  ],
}

export const simultaneousOpen: LibraryEntry = {
  id: 'simultaneous-open',
  topic: 'handshake',
  title: text('Simultaneous open', '同时打开'),
  summary: text(
    'Both ends connect to each other at once: SYNs cross, each side goes SYN-SENT → SYN-RECEIVED → ESTABLISHED, and four segments carry SYN (two SYNs, two SYN-ACKs) to open one connection (RFC 9293 Figure 7, MUST-10). This model also answers each crossing SYN-ACK with an ACK, as some stacks do, so six segments in all where Figure 7 shows four.',
    '双方同时向对方发起连接：两个 SYN 交叉而过，每一方都经历 SYN-SENT → SYN-RECEIVED → ESTABLISHED，四个带 SYN 的报文段（两个 SYN、两个 SYN-ACK）建立同一条连接（RFC 9293 图 7，MUST-10）。本模拟和部分协议栈一样，还会对交叉到达的 SYN-ACK 各回一个 ACK，因此共六个报文段，而图 7 只有四个。',
  ),
  scenario: {
    name: 'simultaneous-open',
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    apps: [
      { host: 'client', actions: [{ at: 0, do: 'connect', to: 'server', port: 6000, localPort: 5000 }] },
      { host: 'server', actions: [{ at: 0, do: 'connect', to: 'client', port: 5000, localPort: 6000 }] },
    ],
    expect: [
      { segments: { flags: 'SYN' }, exactly: 2 },
      { segments: { flags: 'SYN,ACK' }, exactly: 2 },
      { host: 'client', passesThrough: 'SYN-RECEIVED' },
      { host: 'server', passesThrough: 'SYN-RECEIVED' },
      { host: 'client', endsIn: 'ESTABLISHED' },
      { host: 'server', endsIn: 'ESTABLISHED' },
    ],
  },
  knobs: [profileKnob('rfc'), latencyKnob(50)],
}

export const dataOnThirdSegment: LibraryEntry = {
  id: 'data-on-third-segment',
  topic: 'handshake',
  title: text('Data on the handshake’s third segment', '第三次握手携带数据'),
  summary: text(
    'The client writes its request before the SYN-ACK arrives; RFC 9293 queues it in SYN-SENT and lets it ride on the ACK that completes the handshake, so the third segment carries data.',
    '客户端在 SYN-ACK 到达之前就写入请求；RFC 9293 在 SYN-SENT 状态把数据排队，并允许它搭载在完成握手的 ACK 上，于是第三个报文段就携带了数据。',
  ),
  scenario: {
    name: 'data-on-third-segment',
    hosts: pair('rfc'),
    network: { latencyMs: 50 },
    apps: [
      { host: 'server', actions: [{ at: 0, do: 'listen', port: 80 }] },
      {
        host: 'client',
        actions: [
          { at: 0, do: 'connect', to: 'server', port: 80 },
          { at: 10, do: 'send', bytes: 100, label: 'HTTP request' },
        ],
      },
    ],
    expect: [
      // SYN, then one segment that both completes the handshake and carries the request.
      { segments: { from: 'client' }, exactly: 2 },
      { segments: { from: 'client', flags: 'ACK', payload: false }, exactly: 0 },
      { segments: { from: 'client', label: 'HTTP request', hasFlags: 'ACK' }, exactly: 1 },
      { host: 'server', endsIn: 'ESTABLISHED' },
    ],
  },
  knobs: [profileKnob('rfc'), latencyKnob(50)],
}

export const HANDSHAKE: readonly LibraryEntry[] = [
  threeWayHandshake,
  handshakeRequestReply,
  simultaneousOpen,
  dataOnThirdSegment,
]
