/** The lessons: what questions embed and learners are offered, in teaching order. */
import { type LibraryEntry } from './types'
import { CLOSE } from './topics/close'
import { CLOSING } from './topics/closing'
import { FAST_OPEN } from './topics/fast-open'
import { FAST_OPEN_COOKIE } from './topics/fast-open-cookie'
import { HANDSHAKE } from './topics/handshake'
import { HANDSHAKE_LOSS } from './topics/handshake-loss'
import { HEARTBEAT } from './topics/heartbeat'
import { ISN } from './topics/isn'
import { KEEPALIVE } from './topics/keepalive'
import { LISTEN_QUEUES } from './topics/listen-queues'
import { OLD_DUPLICATES } from './topics/old-duplicates'
import { RESET } from './topics/reset'
import { RST_VALIDATION } from './topics/rst-validation'
import { SYNACK_RETRIES } from './topics/synack-retries'
import { TIME_WAIT } from './topics/time-wait'
import { TIME_WAIT_REOPEN } from './topics/time-wait-reopen'
import { TLS_ENTRIES } from './topics/tls'

/** What learners are offered, in teaching order. */
export const LESSONS: readonly LibraryEntry[] = [
  ...HANDSHAKE,
  ...OLD_DUPLICATES,
  ...HANDSHAKE_LOSS,
  ...CLOSE,
  ...TIME_WAIT,
  ...KEEPALIVE,
  ...RESET,
  ...LISTEN_QUEUES,
  ...FAST_OPEN,
  // TLS 1.2 / 1.3 / 0-RTT over TCP (the handshakes themselves are modelled in lib/tls).
  ...TLS_ENTRIES,
  ...ISN,
  ...FAST_OPEN_COOKIE,
  ...RST_VALIDATION,
  ...SYNACK_RETRIES,
  ...CLOSING,
  ...HEARTBEAT,
  ...TIME_WAIT_REOPEN,
]

/** The lessons, in teaching order: what the playground, `sim --list` and authors are offered. */
export function listScenarios(): readonly LibraryEntry[] {
  return LESSONS
}
