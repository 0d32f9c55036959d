/**
 * Ending with a reset instead of a FIN: close() with unread data (RFC 9293 §3.6.1 SHLD-3,
 * RFC 2525 §2.17) and SO_LINGER {1, 0}. Neither side enters TIME-WAIT.
 */
import { profileKnob } from '../knobs'
import { type LibraryEntry } from '../types'
import { pair, text } from './common'

export const closeWithUnreadData: LibraryEntry = {
  id: 'close-with-unread-data',
  topic: 'reset',
  title: text('close() with unread data sends RST', '有未读数据时 close() 会发送 RST'),
  summary: text(
    'The server’s application never reads the 100-byte request and closes. Data would be lost silently, so TCP says so: RST instead of FIN (SHLD-3), no TIME-WAIT, and the client’s next call fails with ECONNRESET.',
    '服务器应用从未读取 100 字节请求就关闭了套接字。数据会悄无声息地丢失，所以 TCP 明确告知对方：发送 RST 而非 FIN（SHLD-3），没有 TIME-WAIT，客户端随后收到 ECONNRESET。',
  ),
  scenario: {
    name: 'close-with-unread-data',
    hosts: pair('linux'),
    apps: [
      {
        host: 'server',
        read: 'never',
        actions: [
          { at: 0, do: 'listen', port: 80 },
          { on: 'accepted', after: 500, do: 'close' },
        ],
      },
      {
        host: 'client',
        actions: [
          { at: 1, do: 'connect', to: 'server', port: 80 },
          { on: 'connected', do: 'send', bytes: 100, label: 'request' },
        ],
      },
    ],
    expect: [
      { note: 'unread bytes: RST instead of FIN' },
      { segments: { from: 'server', hasFlags: 'RST' }, exactly: 1 },
      { segments: { hasFlags: 'FIN' }, exactly: 0 },
      { host: 'server', neverEnters: 'TIME-WAIT' },
      { host: 'client', appError: 'ECONNRESET' },
    ],
  },
  knobs: [profileKnob('linux')],
}

export const lingerZeroAbort: LibraryEntry = {
  id: 'linger-zero-abort',
  topic: 'reset',
  title: text('SO_LINGER {1, 0}: abort with RST', 'SO_LINGER {1, 0}：用 RST 中止连接'),
  summary: text(
    'The client sets SO_LINGER with a zero timeout and closes: the connection is aborted with a RST at once. No FIN handshake, no TIME-WAIT on the client; the server’s application gets ECONNRESET.',
    '客户端设置超时为零的 SO_LINGER 后关闭：连接立即以 RST 中止。没有 FIN 交互，客户端也不进入 TIME-WAIT；服务器应用收到 ECONNRESET。',
  ),
  scenario: {
    name: 'linger-zero-abort',
    hosts: pair('linux'),
    apps: [
      {
        host: 'server',
        actions: [
          { at: 0, do: 'listen', port: 80 },
          { on: { received: 100 }, do: 'send', bytes: 300, label: 'response' },
        ],
      },
      {
        host: 'client',
        actions: [
          { at: 1, do: 'connect', to: 'server', port: 80 },
          { on: 'connected', do: 'setsockopt', lingerZero: true },
          { on: 'connected', do: 'send', bytes: 100, label: 'request' },
          { on: { received: 300 }, after: 100, do: 'close' },
        ],
      },
    ],
    expect: [
      { segments: { from: 'client', hasFlags: 'RST' }, exactly: 1 },
      { segments: { hasFlags: 'FIN' }, exactly: 0 },
      { host: 'client', neverEnters: 'TIME-WAIT' },
      { host: 'server', appError: 'ECONNRESET' },
      { host: 'server', endsIn: 'CLOSED', error: 'ECONNRESET' },
    ],
  },
  knobs: [
    profileKnob('linux'),
    {
      id: 'linger-zero',
      kind: 'boolean',
      label: text('SO_LINGER {1, 0}', 'SO_LINGER {1, 0}'),
      default: true,
      path: 'apps.1.actions.1.lingerZero',
    },
  ],
}

export const RESET: readonly LibraryEntry[] = [closeWithUnreadData, lingerZeroAbort]
