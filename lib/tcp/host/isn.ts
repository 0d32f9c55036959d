import { keyedHash } from '../hash'
import { type StackParams } from '../profile'
import { type Rng } from '../rng'
import { seq, type SeqNum } from '../seq'
import { type Millis } from '../time'

/** RFC 9293 §3.4.1: M is "a timer that is incremented every 4 microseconds". */
const ISN_TICKS_PER_MS = 250

/**
 * ISN selection. `clock`: ISN = M + F(localip, localport, remoteip, remoteport, secretkey)
 * (RFC 9293 §3.4.1, RFC 6528). `random`: drawn from the seeded PRNG. `fixed`: a counterfactual —
 * every incarnation starts at the same number, so old duplicates fall into the new window.
 */
export function chooseIsn(p: StackParams, secret: number, tuple: string, now: Millis, rng: Rng): SeqNum {
  switch (p.isn) {
    case 'clock':
      return seq(Math.floor(now * ISN_TICKS_PER_MS) + keyedHash(secret, tuple))
    case 'random':
      return seq(rng.u32())
    case 'fixed':
      return seq(p.fixedIsn)
  }
}
