import { type StackParams } from './profile'

/** RFC 6298 §2.3 gains: α = 1/8, β = 1/4, and K = 4. */
const ALPHA = 1 / 8
const BETA = 1 / 4
const K = 4
/** RFC 6298 §2.3: G, the clock granularity; the virtual clock ticks in milliseconds. */
const CLOCK_GRANULARITY_MS = 1

/**
 * The retransmission-timeout estimator (SRTT, RTTVAR, RTO, back-off), computed the way the
 * profile says: RFC 6298, or Linux's tcp_rtt_estimator() and tcp_set_rto().
 */
export class RttEstimator {
  srtt: number | null = null
  /** RTTVAR in RFC 6298's sense (RTO = SRTT + 4·RTTVAR before clamping), for both formulas. */
  rttvar = 0
  /** The current RTO before back-off. */
  rto: number
  /** How many times the timer backed off (RFC 6298 §5.5); reset by a new RTT sample. */
  backoff = 0
  /** Linux mdev_us: the smoothed mean deviation, already multiplied by K = 4. */
  private mdev = 0

  constructor(private readonly p: StackParams) {
    this.rto = p.initialRtoMs // RFC 6298 §2.1
  }

  /** Feeds one RTT measurement (Karn: never from a retransmitted segment). */
  sample(r: number): void {
    if (this.p.rtoFormula === 'linux') this.linuxSample(r)
    else this.rfcSample(r)
    this.backoff = 0
  }

  /** The timeout to arm now: RTO doubled once per back-off (RFC 6298 §5.5), capped (§2.5). */
  current(): number {
    return Math.min(this.rto * 2 ** this.backoff, this.p.maxRtoMs)
  }

  /** RFC 6298 §5.5: back off the timer. */
  backOff(): void {
    this.backoff++
  }

  /** RFC 6298 §5.7: the handshake was retransmitted and no sample was taken. */
  synWasLost(): void {
    if (this.srtt === null) this.rto = this.p.rtoAfterSynLossMs
  }

  private rfcSample(r: number): void {
    if (this.srtt === null) {
      // RFC 6298 §2.2: the first measurement
      this.srtt = r
      this.rttvar = r / 2
    } else {
      // RFC 6298 §2.3: RTTVAR before SRTT
      this.rttvar = (1 - BETA) * this.rttvar + BETA * Math.abs(this.srtt - r)
      this.srtt = (1 - ALPHA) * this.srtt + ALPHA * r
    }
    // RFC 6298 §2.4 (min) and §2.5 (max)
    const rto = Math.ceil(this.srtt + Math.max(CLOCK_GRANULARITY_MS, K * this.rttvar))
    this.rto = Math.min(Math.max(rto, this.p.minRtoMs), this.p.maxRtoMs)
  }

  /**
   * Linux tcp_rtt_estimator() (net/ipv4/tcp_input.c) then tcp_set_rto(): RTO = SRTT + rttvar,
   * where rttvar (K·RTTVAR) is floored by tcp_rto_min. The floor applies to the variance, not to
   * the RTO: a 20 ms path gets 220 ms, not 200 ms.
   */
  private linuxSample(r: number): void {
    const rtoMin = this.p.minRtoMs
    let rttvar4: number
    if (this.srtt === null) {
      // "no previous measure": mdev = 2·RTT so the RTO starts at 3·RTT, never under the floor.
      this.srtt = r
      this.mdev = 2 * r
      rttvar4 = Math.max(this.mdev, rtoMin)
    } else {
      let m = r - this.srtt
      this.srtt += m / 8
      if (m < 0) {
        // A falling RTT moves the deviation only 1/32 as fast ("reduce mdev ... rtt decreases").
        m = -m - this.mdev / 4
        if (m > 0) m /= 8
      } else {
        m -= this.mdev / 4
      }
      this.mdev += m
      // The engine times one segment per flight, so every sample after the first ends an rtt_seq
      // window: rttvar rises to the window's largest mdev (mdev_max, at least tcp_rto_min) at
      // once and decays a quarter of the way towards it.
      const mdevMax = Math.max(this.mdev, rtoMin)
      rttvar4 = Math.max(K * this.rttvar, mdevMax)
      rttvar4 -= (rttvar4 - mdevMax) / 4
    }
    this.rttvar = rttvar4 / K
    // tcp_set_rto(): __tcp_set_rto() then tcp_bound_rto() (the maximum only); jiffies round up.
    this.rto = Math.min(Math.ceil(this.srtt + rttvar4), this.p.maxRtoMs)
  }
}
