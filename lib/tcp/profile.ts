/**
 * Stack profiles: the standard (`rfc`) and what a current Linux kernel does by default (`linux`).
 * Every value cites its source; docs/reference/tcp-facts.md records them with public references.
 * A scenario may override any field per host.
 */

export type ProfileName = 'rfc' | 'linux'

/** Which side of TCP Fast Open a stack allows (the bits of Linux net.ipv4.tcp_fastopen). */
export type FastOpenMode = 'off' | 'client' | 'server' | 'both'

/** How the initial sequence number is chosen. `fixed` is a counterfactual, not TCP. */
export type IsnMode = 'clock' | 'random' | 'fixed'

export interface KeepaliveParams {
  readonly idleMs: number
  readonly intervalMs: number
  readonly probes: number
}

export interface StackParams {
  readonly profile: ProfileName
  /** Our MSS: Ethernet MTU 1500 − 20 (IP) − 20 (TCP). */
  readonly mss: number
  /** Receive buffer in bytes; the advertised window is what is left of it. */
  readonly recvBuffer: number
  /** Window-scale shift we offer on SYN, or null to not offer the option (RFC 7323 §2). */
  readonly windowScale: number | null
  /**
   * Window space a SYN or SYN-ACK offers, rounded down to a multiple of the MSS (Linux
   * tcp_select_initial_window), or null: the free receive buffer capped at 65 535.
   */
  readonly synWindowSpace: number | null
  readonly sackPermitted: boolean
  readonly timestamps: boolean
  readonly initialWindowSegments: number
  readonly initialRtoMs: number
  /**
   * rfc: RFC 6298, the RTO itself rounded up to this; linux: tcp_set_rto(), the variance term
   * floored by it (RTO = SRTT + max(4·RTTVAR, minRtoMs)).
   */
  readonly minRtoMs: number
  /** How SRTT/RTTVAR become an RTO: RFC 6298 §2, or Linux tcp_rtt_estimator() + tcp_set_rto(). */
  readonly rtoFormula: 'rfc6298' | 'linux'
  readonly maxRtoMs: number
  /** RTO used for data when the handshake needed a retransmission and no RTT sample exists. */
  readonly rtoAfterSynLossMs: number
  /** Retransmissions of a SYN before giving up (count), or null to use synGiveUpMs. */
  readonly synRetries: number | null
  /**
   * Linux net.ipv4.tcp_syn_linear_timeouts (6.5+): this many SYN retransmissions first wait the
   * initial RTO each (no back-off), and they come on top of synRetries. 0: classic back-off.
   */
  readonly synLinearTimeouts: number
  readonly synGiveUpMs: number | null
  /** SYN-ACK retransmissions for a half-open listener entry. */
  readonly synackRetries: number
  /** Retransmissions of data/FIN before giving up (count), or null to use dataGiveUpMs. */
  readonly dataRetries: number | null
  readonly dataGiveUpMs: number | null
  /** R1: after this many retransmissions the stack tells IP there may be a routing problem. */
  readonly r1: number
  readonly delayedAckMs: number
  /**
   * Linux quick-ack mode: the first segments of data on a connection (and after an idle gap) are
   * ACKed at once; a reply sent soon after receiving switches to pingpong mode, where ACKs wait.
   */
  readonly quickAck: boolean
  /** ACK a peer's FIN at once (textbook 4-segment close) instead of delaying it. */
  readonly ackFinImmediately: boolean
  readonly timeWaitMs: number
  /** Orphaned FIN-WAIT-2 lifetime after close(), or null for none. */
  readonly finWait2TimeoutMs: number | null
  readonly keepalive: KeepaliveParams
  readonly isn: IsnMode
  readonly fixedIsn: number
  /** off: never; overflow: only when the SYN queue is full (Linux 1); always (Linux 2). */
  readonly synCookies: 'off' | 'overflow' | 'always'
  readonly maxSynBacklog: number
  readonly somaxconn: number
  /** Linux: a queue is full when its length exceeds the backlog; BSD-style: when it reaches it. */
  readonly queueFullWhen: 'exceeds' | 'reaches'
  /** A new SYN with a higher ISN may reopen a TIME-WAIT connection. */
  readonly timeWaitReopen: boolean
  /** Abort and close-with-unread-data send RST,ACK (Linux) rather than a bare RST (RFC text). */
  readonly abortRstAck: boolean
  /**
   * Least time between two ACKs a connection sends in answer to unacceptable segments without
   * data (duplicate and challenge ACKs), so two desynchronised ends cannot ACK each other forever.
   */
  readonly invalidAckRatelimitMs: number
  /** RFC 8985 tail loss probe: re-send the last segment after a PTO of about 2·SRTT (+200 ms). */
  readonly tailLossProbe: boolean
  /**
   * TCP Fast Open (RFC 7413), Linux net.ipv4.tcp_fastopen: `client` lets a connect() with the
   * fastOpen option use cookies, `server` lets a listener with the fastOpen option accept them.
   */
  readonly fastOpen: FastOpenMode
  /** Counterfactual, not TCP: the server is ESTABLISHED on the SYN and the client sends no 3rd ACK. */
  readonly twoWayHandshake: boolean
  readonly ephemeralPorts: readonly [number, number]
}

const MINUTE = 60_000

export const RFC_PROFILE: StackParams = {
  profile: 'rfc',
  mss: 1460, // RFC 9293 §3.7.1: MTU 1500 − 40 bytes of fixed headers
  recvBuffer: 65_535, // largest window without window scaling, RFC 9293 §3.1
  windowScale: null, // RFC 7323 is optional; the textbook trace carries no options but MSS
  synWindowSpace: null, // RFC 9293 §3.10.7: the SYN offers RCV.WND, here the free buffer (≤ 65 535, unscaled)
  sackPermitted: false, // RFC 2018 is optional
  timestamps: false, // RFC 7323 is optional
  initialWindowSegments: 10, // RFC 6928 §2
  initialRtoMs: 1000, // RFC 6298 §2.1
  minRtoMs: 1000, // RFC 6298 §2.4: "rounded up to 1 second"
  rtoFormula: 'rfc6298',
  maxRtoMs: 60_000, // RFC 6298 §2.5: a maximum MAY be placed, at least 60 s
  rtoAfterSynLossMs: 3000, // RFC 6298 §5.7
  synRetries: null,
  synLinearTimeouts: 0, // RFC 6298 §5.5: every expiry doubles the timer
  synGiveUpMs: 3 * MINUTE, // RFC 9293 §3.8.3 MUST-23: R2 for a SYN at least 3 minutes
  synackRetries: 5, // not standardised; Linux tcp_synack_retries used
  dataRetries: null,
  dataGiveUpMs: 100_000, // RFC 9293 §3.8.3: R2 at least 100 s
  r1: 3, // RFC 9293 §3.8.3: R1 at least 3 retransmissions
  delayedAckMs: 200, // RFC 9293 §3.8.6.3: SHOULD delay, MUST be under 0.5 s (200 ms as in 4.4BSD)
  quickAck: false, // RFC 9293 §3.8.6.3 knows only the delayed ACK and the every-second-segment rule
  ackFinImmediately: true, // RFC 9293 Figure 5: the textbook close ACKs the FIN on its own
  timeWaitMs: 4 * MINUTE, // RFC 9293 §3.6.1 MUST-13: 2 × MSL, MSL = 2 min (§4)
  finWait2TimeoutMs: null, // RFC 9293 has no FIN-WAIT-2 timer
  keepalive: { idleMs: 2 * 60 * MINUTE, intervalMs: 75_000, probes: 9 }, // RFC 1122 §4.2.3.6 (idle ≥ 2 h); interval/count not standardised, Linux values
  isn: 'clock', // RFC 9293 §3.4.1: ISN = M + F(4-tuple, secret)
  fixedIsn: 0,
  synCookies: 'off', // RFC 4987 §3.6: cookies are not part of TCP
  maxSynBacklog: 128, // Linux minimum of tcp_max_syn_backlog (the standard sets none)
  somaxconn: 4096, // net.core.somaxconn
  queueFullWhen: 'reaches', // the backlog read literally: at most `backlog` pending connections
  timeWaitReopen: true, // RFC 9293 §3.10.7.4 MAY-2
  abortRstAck: false, // RFC 9293 §3.10.5: ABORT sends <SEQ=SND.NXT><CTL=RST>
  // RFC 5961 §7: "SHOULD include an ACK throttling mechanism to be conservative"; it names no
  // figure, so this is Linux's (below): at most one such ACK per connection per 500 ms.
  invalidAckRatelimitMs: 500,
  tailLossProbe: false, // RFC 8985 is an extension
  fastOpen: 'both', // RFC 7413 (experimental) is in force when a scenario asks for it per socket
  twoWayHandshake: false,
  ephemeralPorts: [49152, 65535], // RFC 6335 §6 dynamic ports
}

export const LINUX_PROFILE: StackParams = {
  profile: 'linux',
  mss: 1460, // MTU 1500 − 40
  recvBuffer: 131_072, // net.ipv4.tcp_rmem default (middle value)
  windowScale: 7, // tcp_window_scaling = 1; shift 7 for a 131072-byte tcp_rmem
  // tcp_full_space(): half of tcp_rmem[1] 131072 (tcp_adv_win_scale 1; the initial scaling_ratio
  // since 6.5); tcp_select_initial_window() "quantizes space offering to a multiple of mss":
  // a SYN offers 44 × 1460 = 64 240, a SYN-ACK with timestamps 45 × 1448 = 65 160.
  synWindowSpace: 65_536,
  sackPermitted: true, // tcp_sack = 1
  timestamps: true, // tcp_timestamps = 1
  initialWindowSegments: 10, // TCP_INIT_CWND, RFC 6928
  initialRtoMs: 1000, // TCP_TIMEOUT_INIT
  minRtoMs: 200, // TCP_RTO_MIN / tcp_rto_min_us
  // tcp_rtt_estimator() floors rttvar_us at tcp_rto_min_us and tcp_set_rto() adds it to SRTT:
  // a short path's RTO is SRTT + 200 ms, not a flat 200 ms.
  rtoFormula: 'linux',
  maxRtoMs: 120_000, // TCP_RTO_MAX / tcp_rto_max_ms
  rtoAfterSynLossMs: 3000, // TCP_TIMEOUT_FALLBACK, RFC 6298 §5.7
  synRetries: 6, // tcp_syn_retries
  // tcp_syn_linear_timeouts = 4 (Linux 6.5+, ip-sysctl.rst): tcp_retransmit_timer() keeps the 1 s
  // timeout for the first 4 retransmissions, tcp_write_timeout() allows 6 + 4 of them: SYNs at
  // 0, 1, 2, 3, 4, 5, 7, 11, 19, 35, 67 s, ETIMEDOUT at 131 s. With 0: 1, 3, 7, 15, 31, 63 s, 127 s.
  synLinearTimeouts: 4,
  synGiveUpMs: null,
  synackRetries: 5, // tcp_synack_retries: 1, 3, 7, 15, 31 s
  dataRetries: 15, // tcp_retries2
  dataGiveUpMs: null,
  r1: 3, // tcp_retries1
  delayedAckMs: 40, // TCP_DELACK_MIN
  // tcp_event_data_recv(): the first data (and data after a gap longer than the RTO) enters
  // quick-ack mode (tcp_incr_quickack); tcp_event_data_sent() enters pingpong mode for a reply
  // sent within the ACK timeout of the last receipt (tcp_pingpong_thresh = 1); tcp_fin() enters
  // it for CLOSE-WAIT; tcp_delack_timer_handler() leaves it when a delayed ACK had to fire.
  quickAck: true,
  ackFinImmediately: false, // tcp_fin(): the ACK of a FIN is delayed, so a quick close merges it
  timeWaitMs: MINUTE, // TCP_TIMEWAIT_LEN (60*HZ)
  finWait2TimeoutMs: MINUTE, // tcp_fin_timeout
  keepalive: { idleMs: 7200_000, intervalMs: 75_000, probes: 9 }, // tcp_keepalive_time/intvl/probes
  isn: 'clock', // secure_tcp_seq(): a keyed hash plus a 4 µs-ish clock
  fixedIsn: 0,
  synCookies: 'overflow', // tcp_syncookies = 1
  maxSynBacklog: 2048, // tcp_max_syn_backlog on a typical machine
  somaxconn: 4096, // net.core.somaxconn (128 before Linux 5.4)
  queueFullWhen: 'exceeds', // inet_csk_reqsk_queue_is_full, sk_acceptq_is_full
  timeWaitReopen: true, // tcp_timewait_state_process accepts a SYN with a higher ISN
  abortRstAck: true, // tcp_close()/tcp_disconnect() send RST,ACK
  // net.ipv4.tcp_invalid_ratelimit = 500 ms: tcp_oow_rate_limited() skips duplicate ACKs for
  // out-of-window segments and challenge ACKs (RFC 5961 §7) sent sooner than that on a socket;
  // segments with data are exempt ("not likely part of an ACK loop").
  invalidAckRatelimitMs: 500,
  // tcp_early_retrans = 3: tcp_schedule_loss_probe() arms a probe after every tail of data or FIN
  tailLossProbe: true,
  fastOpen: 'client', // net.ipv4.tcp_fastopen = 1: client side only; servers need 2 (or 3)
  twoWayHandshake: false,
  ephemeralPorts: [32768, 60999], // net.ipv4.ip_local_port_range
}

export const PROFILES: Record<ProfileName, StackParams> = { rfc: RFC_PROFILE, linux: LINUX_PROFILE }

/** A profile with a scenario's overrides applied. */
export function resolveParams(name: ProfileName, overrides: Partial<StackParams> = {}): StackParams {
  return { ...PROFILES[name], ...overrides, profile: name }
}

/**
 * The window a SYN or SYN-ACK carries (never scaled, RFC 7323 §2.2) given `free` receive buffer.
 * Linux rounds it down to the MSS less the timestamp option when that is in use
 * (tcp_openreq_init_rwin: mss -= TCPOLEN_TSTAMP_ALIGNED).
 */
export function synWindow(p: StackParams, free: number, timestamps: boolean): number {
  if (p.synWindowSpace === null) return Math.min(free, 65_535)
  const mss = timestamps ? p.mss - TIMESTAMP_OPTION_BYTES : p.mss
  const space = Math.min(free, p.synWindowSpace)
  return Math.min(space > mss ? space - (space % mss) : space, 65_535)
}
const TIMESTAMP_OPTION_BYTES = 12 // RFC 7323 §3: 10-byte option, padded to 12 (TCPOLEN_TSTAMP_ALIGNED)

/** Does this stack allow `side` of Fast Open? */
export function fastOpenAllows(p: StackParams, side: 'client' | 'server'): boolean {
  return p.fastOpen === 'both' || p.fastOpen === side
}

/** Is a queue of `length` entries full for this `backlog` under the profile's rule? */
export function queueFull(p: StackParams, length: number, backlog: number): boolean {
  return p.queueFullWhen === 'exceeds' ? length > backlog : length >= backlog
}
