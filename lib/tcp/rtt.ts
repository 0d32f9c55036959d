import { type StackParams } from './profile'

/** RFC 6298 §2.3 gains: α = 1/8, β = 1/4, and K = 4. */
const ALPHA = 1 / 8
const BETA = 1 / 4
const K = 4
/** RFC 6298 §2.3: G, the clock granularity; the virtual clock ticks in milliseconds. */
const CLOCK_GRANULARITY_MS = 1

/** The retransmission-timeout estimator of RFC 6298 (SRTT, RTTVAR, RTO, back-off). */
export class RttEstimator {
  srtt: number | null = null
  rttvar = 0
  /** The current RTO before back-off. */
  rto: number
  /** How many times the timer backed off (RFC 6298 §5.5); reset by a new RTT sample. */
  backoff = 0

  constructor(private readonly p: StackParams) {
    this.rto = p.initialRtoMs // RFC 6298 §2.1
  }

  /** Feeds one RTT measurement (Karn: never from a retransmitted segment). */
  sample(r: number): void {
    if (this.srtt === null) {
      // RFC 6298 §2.2: the first measurement
      this.srtt = r
      this.rttvar = r / 2
    } else {
      // RFC 6298 §2.3: RTTVAR before SRTT
      this.rttvar = (1 - BETA) * this.rttvar + BETA * Math.abs(this.srtt - r)
      this.srtt = (1 - ALPHA) * this.srtt + ALPHA * r
    }
    this.rto = this.clamp(this.srtt + Math.max(CLOCK_GRANULARITY_MS, K * this.rttvar))
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

  private clamp(rto: number): number {
    // RFC 6298 §2.4 (min) and §2.5 (max)
    return Math.min(Math.max(Math.ceil(rto), this.p.minRtoMs), this.p.maxRtoMs)
  }
}
