/** The player's clock in a browser: animation frames and the monotonic performance clock. */
import { type PlayerClock } from '@/lib/sim-view/player'

export const browserClock: PlayerClock = {
  now: () => performance.now(),
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
}
