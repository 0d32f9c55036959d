/**
 * A SYN-ACK that never arrives (a firewall drops everything the server sends): the server's
 * half-open entry retransmits its SYN-ACK tcp_synack_retries times and is then dropped without a
 * word (Linux reqsk_timer_handler), while the client keeps retransmitting its SYN until ETIMEDOUT.
 */
import { paramKnob, profileKnob } from '../knobs'
import { type LibraryEntry } from '../types'
import { pair, text } from './common'

export const synAckBlackHole: LibraryEntry = {
  id: 'syn-ack-black-hole',
  topic: 'handshake-loss',
  title: text('Every SYN-ACK is lost: tcp_synack_retries', '每个 SYN-ACK 都丢了：tcp_synack_retries'),
  summary: text(
    'A firewall drops everything the server sends. Its half-open entry resends the SYN-ACK 1, 3, 7, 15 and 31 s after the first (tcp_synack_retries 5), answers each retransmitted SYN as well, and is silently dropped at 63 s; the client’s next SYN, at 67 s, opens a new entry. The client (Linux 6.5+: SYNs at 0, 1, 2, 3, 4, 5, 7, 11, 19, 35, 67 s) gives up at 131 s with ETIMEDOUT, and nobody ever sends a reset.',
    '防火墙丢弃服务器发出的一切。它的半连接条目在第一次发送后的 1、3、7、15、31 秒重发 SYN-ACK（tcp_synack_retries 为 5），也回应每个重传的 SYN，并在 63 秒时被悄悄丢弃；客户端在 67 秒发出的下一个 SYN 又建立一个新条目。客户端（Linux 6.5 及以后：SYN 在 0、1、2、3、4、5、7、11、19、35、67 秒发出）在 131 秒时以 ETIMEDOUT 放弃，自始至终没有任何一方发送复位。',
  ),
  scenario: {
    name: 'syn-ack-black-hole',
    hosts: pair('linux'),
    network: { latencyMs: 50 },
    until: 400_000,
    apps: [
      { host: 'server', actions: [{ at: 0, do: 'listen', port: 80 }] },
      { host: 'client', actions: [{ at: 1, do: 'connect', to: 'server', port: 80 }] },
    ],
    faults: [{ kind: 'firewall', host: 'server', at: 0, direction: 'from' }],
    expect: [
      { segments: { from: 'server', flags: 'SYN,ACK', reason: 'retransmission' }, atLeast: 5 },
      { note: 'half-open entry dropped' },
      { segments: { hasFlags: 'RST' }, exactly: 0 },
      { host: 'server', neverEnters: 'ESTABLISHED' },
      { host: 'client', appError: 'ETIMEDOUT' },
      { host: 'client', endsIn: 'CLOSED', error: 'ETIMEDOUT' },
    ],
  },
  knobs: [
    profileKnob('linux'),
    paramKnob(
      'synack-retries',
      'server',
      'synackRetries',
      text('Server SYN-ACK retries (tcp_synack_retries)', '服务器 SYN-ACK 重试次数（tcp_synack_retries）'),
      { min: 0, max: 10, step: 1, default: 5 },
    ),
    paramKnob(
      'syn-retries',
      'client',
      'synRetries',
      text('Client SYN retries (tcp_syn_retries)', '客户端 SYN 重试次数（tcp_syn_retries）'),
      { min: 0, max: 10, step: 1, default: 6 },
    ),
  ],
}

export const SYNACK_RETRIES: readonly LibraryEntry[] = [synAckBlackHole]
