/**
 * Data on a SYN without a valid Fast Open cookie (RFC 7413 §4.2.2): the server rebooted between
 * two visits, so the cookie the client cached no longer verifies. The server acknowledges only
 * the SYN, hands out a fresh cookie, and the client sends its request again after the handshake.
 */
import { type LibraryEntry } from '../types'
import { text } from './common'
import { tcpFastOpen } from './fast-open'

export const tcpFastOpenStaleCookie: LibraryEntry = {
  id: 'tcp-fast-open-stale-cookie',
  topic: 'fast-open',
  title: text(
    'Fast Open with a stale cookie: the SYN’s data is ignored',
    'Fast Open 的 Cookie 过期：SYN 中的数据被忽略',
  ),
  summary: text(
    'The server reboots between the two visits and its cookie secret changes. The second SYN still carries the old cookie and the 100-byte request; the server does not accept the data, its SYN-ACK acknowledges the SYN alone and carries a fresh cookie, and the client retransmits the request after the handshake. Nothing breaks, but the round trip Fast Open would have saved is lost.',
    '服务器在两次访问之间重启，Cookie 密钥随之改变。第二个 SYN 仍带着旧 Cookie 和 100 字节请求；服务器不接受这些数据，SYN-ACK 只确认 SYN 本身并附上新 Cookie，客户端在握手完成后重传请求。连接照常建立，只是 Fast Open 本可省下的那个往返没省下来。',
  ),
  scenario: {
    ...tcpFastOpen.scenario,
    name: 'tcp-fast-open-stale-cookie',
    apps: tcpFastOpen.scenario.apps?.map((a) => (a.host === 'server' ? { ...a, restartOnReboot: true } : a)),
    faults: [{ kind: 'crash', host: 'server', at: 1000, rebootAt: 1500 }],
    expect: [
      { note: 'is not valid: data ignored' },
      { segments: { from: 'client', hasFlags: 'SYN', label: 'second request', payload: true }, exactly: 1 },
      {
        segments: { from: 'client', hasFlags: 'ACK', label: 'second request', reason: 'retransmission' },
        exactly: 1,
      },
      { segments: { from: 'server', label: 'response' }, atLeast: 2 },
      { host: 'server', passesThrough: 'ESTABLISHED' },
    ],
  },
  knobs: [],
}

export const FAST_OPEN_COOKIE: readonly LibraryEntry[] = [tcpFastOpenStaleCookie]
