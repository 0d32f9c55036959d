/**
 * How a connection decides whether to believe a RST (RFC 9293 §3.10.7.4 with RFC 5961 §3.2): an
 * off-path attacker forges resets with the server's address. A reset whose sequence number is
 * inside the receive window but not exactly RCV.NXT only draws a challenge ACK; one at exactly
 * RCV.NXT aborts the connection; one outside the window is dropped.
 */
import { profileKnob } from '../knobs'
import { setPath } from '../path'
import { type LibraryEntry } from '../types'
import { CLIENT_IP, SERVER_IP, text } from './common'

const ATTACKER_IP = '10.0.0.66'
const CLIENT_PORT = 40_000

/**
 * The client's RCV.NXT once the exchange below is over: the server's ISN (2309974141 for this
 * seed and four-tuple, on either profile) + 1 for its SYN + its 300-byte reply. The scenario's
 * expectations fail if the engine ever chooses another ISN, so this constant cannot drift silently.
 */
const CLIENT_RCV_NXT = 2_309_974_442
/** The first forged reset lands this far past RCV.NXT: inside the client's receive window. */
const DEFAULT_OFFSET = 5000

const forgedRst = (at: number, seq: number, label: string) => ({
  kind: 'inject' as const,
  at,
  from: 'attacker',
  spoofAs: 'server',
  to: 'client',
  srcPort: 80,
  dstPort: CLIENT_PORT,
  flags: 'RST',
  seq: seq >>> 0,
  label,
})

export const forgedResetChallengeAck: LibraryEntry = {
  id: 'forged-rst-challenge-ack',
  topic: 'reset',
  title: text('A forged RST: challenge ACK, then an exact hit', '伪造的 RST：先是挑战 ACK，然后正中目标'),
  summary: text(
    'After a request and a reply, an off-path attacker sends the client two resets with the server’s address. The first is inside the receive window but 5000 past RCV.NXT: the client does not abort, it sends a challenge ACK (RFC 5961 §3.2) to the real server, which ignores it. The second has exactly RCV.NXT and kills the connection: ECONNRESET.',
    '一次请求和响应之后，路径之外的攻击者冒用服务器地址向客户端发送两个 RST。第一个落在接收窗口内，但比 RCV.NXT 大 5000：客户端不会中止连接，而是向真正的服务器发送挑战 ACK（RFC 5961 §3.2），服务器对它不予理会。第二个的序号恰好等于 RCV.NXT，连接被杀掉：ECONNRESET。',
  ),
  scenario: {
    name: 'forged-rst-challenge-ack',
    hosts: {
      client: { ip: CLIENT_IP, profile: 'linux' },
      server: { ip: SERVER_IP, profile: 'linux' },
      attacker: { ip: ATTACKER_IP, profile: 'linux' },
    },
    until: 5000,
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
          { at: 0, do: 'connect', to: 'server', port: 80, localPort: CLIENT_PORT },
          { on: 'connected', do: 'send', bytes: 100, label: 'request' },
        ],
      },
    ],
    faults: [
      forgedRst(1000, CLIENT_RCV_NXT + DEFAULT_OFFSET, 'forged RST, in window'),
      forgedRst(2000, CLIENT_RCV_NXT, 'forged RST, exact'),
    ],
    expect: [
      { segments: { from: 'server', label: 'response' }, exactly: 1 },
      // The challenge ACK: the only pure ACK the client sends after acknowledging the reply.
      { segments: { from: 'client', flags: 'ACK', payload: false }, exactly: 3 },
      { segments: { from: 'server', hasFlags: 'RST' }, exactly: 0 },
      { host: 'client', appError: 'ECONNRESET' },
      { host: 'client', endsIn: 'CLOSED', error: 'ECONNRESET' },
      { host: 'server', endsIn: 'ESTABLISHED' },
    ],
  },
  knobs: [
    profileKnob('linux'),
    {
      id: 'first-rst-offset',
      kind: 'number',
      label: text(
        'First forged RST: bytes past the client’s RCV.NXT',
        '第一个伪造 RST：比客户端 RCV.NXT 大多少字节',
      ),
      help: text(
        '0 hits RCV.NXT exactly (the connection is reset); inside the receive window draws a challenge ACK; beyond it the RST is dropped.',
        '0 正好命中 RCV.NXT（连接被复位）；落在接收窗口内会引来挑战 ACK；超出窗口则 RST 被丢弃。',
      ),
      min: 0,
      max: 1_000_000,
      step: 1000,
      unit: 'B',
      default: DEFAULT_OFFSET,
      apply: (s, offset) => setPath(s, 'faults.0.seq', (CLIENT_RCV_NXT + offset) >>> 0),
    },
    {
      id: 'exact-rst',
      kind: 'boolean',
      label: text('Second forged RST, at exactly RCV.NXT', '第二个伪造 RST，正好等于 RCV.NXT'),
      default: true,
      apply: (s, on) => (on ? s : { ...s, faults: (s.faults ?? []).filter((_, i) => i !== 1) }),
    },
  ],
}

export const RST_VALIDATION: readonly LibraryEntry[] = [forgedResetChallengeAck]
