/**
 * The figures behind `npm run bench` (bench/bundled.ts runs this file bundled): prints figures,
 * asserts nothing. Targets (from the project brief): ≥ 1 000 000 engine events/s, a 10 000-SYN flood under 50 ms, any step of a 10 000-event trace under 16 ms
 * (one frame at 60 Hz), and pcap export fast enough never to be noticed.
 * Figures are wall-clock, best of a few runs, with the CPU time of the same runs beside them: on a
 * shared machine compare CPU figures (wall time moves ~2x with load; see also `uptime`), or compare
 * two engines in one process with `npx tsx bench/ab.ts <git-ref>`.
 */
import { cpus, loadavg } from 'node:os'
import { benchEngine } from './engine'
import { print } from './measure'
import { benchPcap } from './pcap'

// bench/bundled.ts passes how the engine was loaded: bundled, as the browser runs it, or under tsx.
const loaded = process.argv[2] ?? 'unbundled (tsx)'
console.log(
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg()[0].toFixed(2)}; engine ${loaded}`,
)
print('engine (runScenario / Replay)', benchEngine())
print('pcap export', benchPcap())
