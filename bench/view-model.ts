/**
 * The view model's build time (lib/sim-view/model.ts) on the two largest traces a learner meets:
 * the hostile playground link of e2e/heavy-scenario.spec.ts (100 000 SYNs at 10 000 a second,
 * stopped by the 200 000-event budget) and the SYN-flood question's own scenario. Each view's
 * share is printed too, so a super-linear step shows up by name, and so is the ladder's layout,
 * whose width-dependent half the page computes when the player first renders. Run with
 * `npx tsx bench/view-model.ts`; add `node --cpu-prof --import tsx` for a profile.
 */
import { performance } from 'node:perf_hooks'
import { getScenario } from '@/lib/scenarios'
import { analyse } from '@/lib/sim-view/analysis'
import { layoutLadder } from '@/lib/sim-view/ladder-layout'
import { ladderRows } from '@/lib/sim-view/ladder-rows'
import { buildViewModel } from '@/lib/sim-view/model'
import { packetList } from '@/lib/sim-view/packet-list'
import { queueSeries } from '@/lib/sim-view/queues'
import { relativeNumbers } from '@/lib/sim-view/relative'
import { hostOrder, segmentRecords } from '@/lib/sim-view/segments'
import { stateLanes } from '@/lib/sim-view/states'
import { timeSequence } from '@/lib/sim-view/time-sequence'
import { timerBars } from '@/lib/sim-view/timers'
import { runScenario, type ScenarioInput } from '@/lib/tcp'

const hostileFlood: ScenarioInput = {
  name: 'flood-100000',
  hosts: {
    server: { ip: '10.0.0.2', profile: 'linux' },
    attacker: { ip: '10.0.0.66', profile: 'linux' },
  },
  apps: [{ host: 'server', actions: [{ at: 0, do: 'listen', port: 80, backlog: 4 }] }],
  faults: [
    {
      kind: 'syn-flood',
      from: 'attacker',
      to: 'server',
      port: 80,
      at: 0,
      ratePerSec: 10_000,
      count: 100_000,
    },
  ],
}

function ms<T>(fn: () => T): [number, T] {
  const t0 = performance.now()
  const out = fn()
  return [performance.now() - t0, out]
}

function profile(label: string, input: ScenarioInput) {
  const [runMs, { trace, scenario }] = ms(() => runScenario(input))
  console.log(`${label}: ${trace.length} events, engine ${runMs.toFixed(0)} ms`)
  // Each view alone, in the order buildViewModel calls them.
  const [recordsMs, segs] = ms(() => segmentRecords(trace))
  const [relMs, relNums] = ms(() => relativeNumbers(segs))
  const [analysisMs, an] = ms(() => analyse(segs, relNums))
  const parts: [string, number][] = [
    ['segmentRecords', recordsMs],
    ['relativeNumbers', relMs],
    ['analyse', analysisMs],
    ['hostOrder', ms(() => hostOrder(trace))[0]],
    ['packetList', ms(() => packetList(segs, relNums, an))[0]],
    ['timerBars', ms(() => timerBars(trace))[0]],
    ['stateLanes', ms(() => stateLanes(trace))[0]],
    ['queueSeries', ms(() => queueSeries(trace))[0]],
    ['timeSequence', ms(() => timeSequence(segs, relNums, an))[0]],
    [
      'ladderRows',
      ms(() =>
        ladderRows({
          trace,
          hosts: hostOrder(trace),
          records: segs,
          timers: timerBars(trace),
          lanes: stateLanes(trace),
        }),
      )[0],
    ],
  ]
  for (const [name, t] of parts) console.log(`  ${name.padEnd(16)} ${t.toFixed(0).padStart(7)} ms`)
  const [totalMs, model] = ms(() => buildViewModel(trace, scenario))
  console.log(
    `  buildViewModel   ${totalMs.toFixed(0).padStart(7)} ms  (${((totalMs * 1000) / trace.length).toFixed(1)} µs/event, ${segs.length} segments)`,
  )
  // On the page: the ladder panel places the model's rows across its width on its first render
  // (JIT cold) and again on every resize.
  const [firstMs] = ms(() => layoutLadder(model, 560))
  const [resizeMs] = ms(() => layoutLadder(model, 720))
  console.log(
    `  layoutLadder     ${firstMs.toFixed(0).padStart(7)} ms  (on the page, at 560 px; ${resizeMs.toFixed(0)} ms at 720 px)`,
  )
}

const synFlood = getScenario('syn-flood-cookies')
if (!synFlood) throw new Error('the syn-flood-cookies scenario is missing from the library')
profile('syn-flood-cookies (question)', synFlood.scenario)
profile('hostile link (100 000 SYNs at 10 000/s)', hostileFlood)
