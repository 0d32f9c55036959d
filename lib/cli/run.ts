/**
 * The CLI's body, free of Node: arguments in, lines out, files through an injected writer, an
 * exit status back (0 all expectations pass, 1 one fails, 2 bad arguments or scenario, 3 the run
 * reached the simulation's budget and was stopped).
 */
import { listScenarios } from '@/lib/scenarios'
import { traceToPcap, traceToPcapng } from '../pcap'
import { runScenario, type RunResult, type TraceEvent } from '@/lib/tcp'
import { parseArgs, UsageError, USAGE } from './args'
import { formatHandshakes } from './handshakes'
import { formatLadder } from './ladder'
import { type ReadText, resolveScenario } from './resolve'

export interface CliIo {
  out(line: string): void
  err(line: string): void
  readText: ReadText
  writeBytes(path: string, bytes: Uint8Array): void
}

export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const o = parseArgs(argv)
    if (o.help) return (io.out(USAGE), 0)
    if (o.handshakes !== undefined) {
      for (const line of formatHandshakes(o.handshakes)) io.out(line)
      return 0
    }
    if (o.list) {
      // A counterfactual's title already starts with "NOT TCP" (the library test pins it).
      for (const e of listScenarios()) io.out(`${e.id.padEnd(36)} ${e.title.en}`)
      return 0
    }
    const { entry, scenario } = resolveScenario(o, io.readText)
    const capture = o.capture ?? 'wire'
    if (o.pcap && capture !== 'wire' && !(capture in scenario.hosts))
      throw new UsageError(
        `--capture: "${capture}" is not wire or a host (${Object.keys(scenario.hosts).join(', ')})`,
      )

    const result = runScenario(scenario, { maxEvents: o.maxEvents })
    if (o.json) io.out(JSON.stringify(toJson(result), null, 1))
    else {
      io.out(`# ${entry ? `${entry.id}: ${entry.title[o.lang]}` : scenario.name}`)
      const owners = new Map(Object.entries(scenario.hosts).map(([id, h]) => [h.ip, id]))
      for (const line of formatLadder(result.trace, {
        hosts: Object.keys(scenario.hosts),
        ipOwners: owners,
        verbose: o.verbose,
        locale: o.lang,
      }))
        io.out(line)
      io.out(`# stopped: ${result.stopped} at ${result.world.now()} ms`)
    }
    if (o.pcap) {
      const point = capture === 'wire' ? ({ at: 'wire' } as const) : ({ at: 'host', host: capture } as const)
      // .pcapng carries each segment's label, send reason and loss as a packet comment.
      const write = /\.pcapng$/i.test(o.pcap) ? traceToPcapng : traceToPcap
      io.writeBytes(o.pcap, write(result.trace, point))
      io.err(`wrote ${o.pcap} (capture at ${capture})`)
    }
    if (result.stopped === 'event-budget' || result.stopped === 'step-limit') {
      io.err(`sim: ${budgetMessage(result.stopped, result.limit)}`)
      return 3
    }
    return reportExpectations(result, o.json ? io.err : io.out)
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`sim: ${e.message}`)
      return 2
    }
    throw e
  }
}

/** Why a cut run says nothing about its expectations, and what to change. */
export function budgetMessage(stopped: 'event-budget' | 'step-limit', limit: number): string {
  const n = limit.toLocaleString('en-US').replace(/,/g, ' ')
  const what = stopped === 'event-budget' ? 'events' : 'engine steps'
  return (
    `this run stopped after ${n} ${what}: the simulation's budget. Shorten the scenario ` +
    '(fewer SYNs or connections, fewer bytes, a shorter duration) and run it again; ' +
    'its expectations were not checked.'
  )
}

function reportExpectations(r: RunResult, print: (line: string) => void): number {
  if (r.expectations.length === 0) {
    print('no expectations declared')
    return 0
  }
  for (const x of r.expectations)
    print(`${x.pass ? '✓' : '✗'} ${x.description}${x.pass ? '' : ` (actual: ${x.actual})`}`)
  const failed = r.expectations.filter((x) => !x.pass).length
  print(
    failed === 0
      ? `all ${r.expectations.length} expectations pass`
      : `${failed} of ${r.expectations.length} expectations fail`,
  )
  return failed === 0 ? 0 : 1
}

/** The trace as JSON: payload bytes become their length so the output stays readable. */
function toJson(r: RunResult) {
  const trace = r.trace.map((e: TraceEvent) =>
    e.type === 'segment-sent' ? { ...e, segment: { ...e.segment, payload: e.segment.payload.length } } : e,
  )
  return {
    name: r.scenario.name,
    stopped: r.stopped,
    trace,
    expectations: r.expectations.map(({ description, pass, actual }) => ({ description, pass, actual })),
  }
}
