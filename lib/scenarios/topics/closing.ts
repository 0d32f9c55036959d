/**
 * Closing in practice (question bank II): a client that uploads, half-closes with
 * shutdown(SHUT_WR) and keeps reading for longer than tcp_fin_timeout, and a server that closes
 * first and so collects the TIME-WAIT sockets itself.
 */
import { latencyKnob, profileKnob } from '../knobs'
import { setPath } from '../path'
import { type LibraryEntry, type NumberKnob, type SelectKnob } from '../types'
import { pair, text } from './common'

/** Longer than Linux's tcp_fin_timeout (60 s), so only a socket that is still owned survives it. */
const PROCESSING_MS = 80_000

const serverWorkKnob: NumberKnob = {
  id: 'server-work',
  kind: 'number',
  label: text('Server works this long before answering', '服务器处理多久才回复'),
  help: text(
    'Time from the end of the upload (the client’s FIN) to the result; the server closes 10 ms after sending it.',
    '从上传结束（客户端的 FIN）到发出结果的时间；服务器发出结果 10 毫秒后关闭。',
  ),
  min: 0,
  max: 200_000,
  step: 1000,
  unit: 'ms',
  default: PROCESSING_MS,
  apply: (s, ms) => setPath(setPath(s, 'apps.0.actions.1.after', ms), 'apps.0.actions.2.after', ms + 10),
}

export const halfCloseUpload: LibraryEntry = {
  id: 'half-close-upload',
  topic: 'close',
  title: text(
    'Upload, shutdown(SHUT_WR), keep reading for 80 s',
    '上传、shutdown(SHUT_WR)，再等 80 秒读取响应',
  ),
  summary: text(
    'Linux on both ends. The client uploads 20 000 bytes and calls shutdown(SHUT_WR): its FIN means “the upload is complete”. The server needs 80 s to answer. The client waits in FIN-WAIT-2 all that time with no timer, because it still owns its socket; tcp_fin_timeout (60 s) only applies after close(). Then it reads the 2000-byte result.',
    '两端都是 Linux。客户端上传 20000 字节后调用 shutdown(SHUT_WR)：它的 FIN 表示“上传完毕”。服务器要 80 秒才给出结果。客户端在 FIN-WAIT-2 中一直等着，没有任何定时器，因为套接字仍归它所有；tcp_fin_timeout（60 秒）只在 close() 之后才起作用。随后它读到 2000 字节的结果。',
  ),
  scenario: {
    name: 'half-close-upload',
    hosts: pair('linux'),
    network: { latencyMs: 20 },
    until: 300_000,
    apps: [
      {
        host: 'server',
        actions: [
          { at: 0, do: 'listen', port: 9000 },
          { on: 'eof', after: PROCESSING_MS, do: 'send', bytes: 2000, label: 'result' },
          { on: 'eof', after: PROCESSING_MS + 10, do: 'close' },
        ],
      },
      {
        host: 'client',
        actions: [
          { at: 1, do: 'connect', to: 'server', port: 9000 },
          { on: 'connected', do: 'send', bytes: 20_000, label: 'upload' },
          { on: 'connected', after: 5, do: 'shutdown' },
        ],
      },
    ],
    expect: [
      { host: 'client', passesThrough: 'FIN-WAIT-2' },
      { host: 'server', passesThrough: 'CLOSE-WAIT' },
      { segments: { from: 'server', label: 'result', payload: true }, atLeast: 2 },
      { segments: { hasFlags: 'RST' }, exactly: 0 },
      { host: 'client', passesThrough: 'TIME-WAIT' },
      { host: 'server', endsIn: 'CLOSED' },
    ],
  },
  knobs: [
    profileKnob('linux'),
    latencyKnob(20),
    serverWorkKnob,
    {
      id: 'client-call',
      kind: 'select',
      label: text('After the upload the client calls', '上传之后客户端调用'),
      help: text(
        'shutdown(SHUT_WR) sends the FIN and keeps the socket; close() sends the same FIN but gives the socket up, so Linux times it out after tcp_fin_timeout and resets data that still arrives.',
        'shutdown(SHUT_WR) 发出 FIN 但保留套接字；close() 发出同样的 FIN，却放弃了套接字，于是 Linux 在 tcp_fin_timeout 之后将其回收，之后到达的数据只会换来 RST。',
      ),
      options: [
        { value: 'shutdown', label: text('shutdown(SHUT_WR)', 'shutdown(SHUT_WR)') },
        { value: 'close', label: text('close()', 'close()') },
      ],
      default: 'shutdown',
      path: 'apps.1.actions.2.do',
    },
  ],
}

type Closer = 'server' | 'client'

/**
 * Three short requests in a row (HTTP/1.0 style). `server`: the server closes after its response,
 * as a server without keep-alive or with an idle timeout does; `client`: the client closes first.
 */
const shortRequests = (closer: Closer) => [
  {
    host: 'server',
    actions: [
      { at: 0, do: 'listen' as const, port: 80 },
      { on: { received: 100 }, do: 'send' as const, bytes: 500, label: 'response' },
      closer === 'server'
        ? { on: { received: 100 }, after: 1, do: 'close' as const }
        : { on: 'eof' as const, do: 'close' as const },
    ],
  },
  {
    host: 'client',
    actions: [
      { at: 0, do: 'connect' as const, to: 'server', port: 80 },
      { at: 300, do: 'connect' as const, to: 'server', port: 80 },
      { at: 600, do: 'connect' as const, to: 'server', port: 80 },
      { on: 'connected' as const, do: 'send' as const, bytes: 100, label: 'request' },
      closer === 'server'
        ? { on: 'eof' as const, do: 'close' as const }
        : { on: { received: 500 }, do: 'close' as const },
    ],
  },
]

const closerKnob: SelectKnob = {
  id: 'closer',
  kind: 'select',
  label: text('Who closes first', '谁先关闭'),
  help: text(
    'The side that sends the first FIN is the one left in TIME-WAIT.',
    '先发出 FIN 的一方，就是留在 TIME-WAIT 的一方。',
  ),
  options: [
    { value: 'server', label: text('the server (after its response)', '服务器（发完响应后）') },
    { value: 'client', label: text('the client (after reading the response)', '客户端（读完响应后）') },
  ],
  default: 'server',
  apply: (s, v) => ({ ...s, apps: shortRequests(v as Closer) }),
}

export const timeWaitOnServer: LibraryEntry = {
  id: 'time-wait-on-server',
  topic: 'time-wait',
  title: text('The server closes first and keeps the TIME-WAITs', '服务器先关闭，TIME-WAIT 留在服务器'),
  summary: text(
    'Three short requests on Linux. The server closes each connection right after its response, so it is the active closer: every connection ends in TIME-WAIT on the server (60 s each), while the clients go CLOSE-WAIT → LAST-ACK → CLOSED. Let the client close first and the TIME-WAITs move to the client.',
    'Linux 上连续三个短请求。服务器每发完一个响应就关闭连接，成了主动关闭方：每条连接都在服务器上以 TIME-WAIT 结束（各 60 秒），客户端则走 CLOSE-WAIT → LAST-ACK → CLOSED。改成客户端先关，TIME-WAIT 就转到客户端。',
  ),
  scenario: {
    name: 'time-wait-on-server',
    hosts: pair('linux'),
    network: { latencyMs: 20 },
    apps: shortRequests('server'),
    expect: [
      { segments: { from: 'server', hasFlags: 'FIN' }, exactly: 3 },
      { host: 'server', passesThrough: 'TIME-WAIT' },
      { host: 'server', neverEnters: 'CLOSE-WAIT' },
      { host: 'client', passesThrough: 'LAST-ACK' },
      { host: 'client', neverEnters: 'TIME-WAIT' },
      { host: 'server', endsIn: 'CLOSED' },
    ],
  },
  knobs: [profileKnob('linux'), latencyKnob(20), closerKnob],
}

export const CLOSING: readonly LibraryEntry[] = [halfCloseUpload, timeWaitOnServer]
