/** Parses `npm run sim` arguments into options; every mistake is a UsageError with a clear message. */
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { EVENT_BUDGET } from '@/lib/tcp'

export class UsageError extends Error {}

export interface CliOptions {
  readonly target?: string
  readonly profile?: 'rfc' | 'linux'
  /** `--set key=value`, in the order given: a knob id or a dotted scenario path. */
  readonly sets: readonly { readonly key: string; readonly value: string }[]
  readonly pcap?: string
  /** A host id or "wire"; default "wire". */
  readonly capture?: string
  readonly json: boolean
  readonly list: boolean
  /** `--handshakes [RTT]`: print the TLS/QUIC round-trip table at this RTT (ms) instead of running. */
  readonly handshakes?: number
  readonly verbose: boolean
  readonly help: boolean
  /** `--max-events N`: a budget below the engine's own (EVENT_BUDGET), for a short excerpt. */
  readonly maxEvents?: number
  /** `--lang en|zh`: the language of the engine's sentences and the scenario title; default en. */
  readonly lang: Locale
}

export const USAGE = `usage: npm run sim -- <scenario-id | path/to/scenario.json> [options]

  --list                     list the library's scenario ids
  --handshakes [RTT]         compare TLS 1.2/1.3/0-RTT and QUIC round trips (default RTT 100 ms)
  --profile rfc|linux        run every host on this stack profile
  --set key=value            set a knob (see the entry's knobs) or a scenario path,
                             e.g. --set cookies=off --set hosts.server.params.timeWaitMs=0
  --pcap out.pcap            write a capture file (out.pcapng: with per-packet comments)
  --capture client|server|wire   where the capture is taken (default wire)
  --json                     print the trace and expectation results as JSON
  --verbose                  also show cancelled timers and listen-queue lengths
  --lang en|zh               the language of the trace's sentences (default en)
  --max-events N             stop the run after N trace events (default and at most ${EVENT_BUDGET})
Exit status: 0 all expectations pass, 1 one fails, 2 bad arguments or scenario,
3 the run reached its event budget and was stopped.`

/** Parses argv (without node and the script). */
export function parseArgs(argv: readonly string[]): CliOptions {
  let target: string | undefined
  let profile: CliOptions['profile']
  let pcap: string | undefined
  let capture: string | undefined
  let handshakes: number | undefined
  let maxEvents: number | undefined
  let lang: Locale = 'en'
  const sets: { key: string; value: string }[] = []
  const flags = { json: false, list: false, verbose: false, help: false }

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`)
      return v
    }
    switch (arg) {
      case '--list':
        flags.list = true
        break
      case '--handshakes': {
        const next = argv[i + 1]
        handshakes = next !== undefined && /^\d+$/.test(next) ? Number(argv[++i]) : 100
        if (handshakes <= 0) throw new UsageError('--handshakes: the RTT must be a positive number of ms')
        break
      }
      case '--json':
        flags.json = true
        break
      case '--verbose':
        flags.verbose = true
        break
      case '--help':
      case '-h':
        flags.help = true
        break
      case '--profile': {
        const p = value()
        if (p !== 'rfc' && p !== 'linux') throw new UsageError(`--profile: "${p}" is not rfc or linux`)
        profile = p
        break
      }
      case '--set': {
        const kv = value()
        const eq = kv.indexOf('=')
        if (eq <= 0) throw new UsageError(`--set: "${kv}" is not key=value`)
        sets.push({ key: kv.slice(0, eq).trim(), value: kv.slice(eq + 1) })
        break
      }
      case '--pcap':
        pcap = value()
        break
      case '--capture':
        capture = value()
        break
      case '--lang': {
        const l = value()
        if (!isLocale(l)) throw new UsageError(`--lang: "${l}" is not en or zh`)
        lang = l
        break
      }
      case '--max-events': {
        const n = value()
        maxEvents = Number(n)
        if (!/^\d+$/.test(n) || maxEvents < 1 || maxEvents > EVENT_BUDGET)
          throw new UsageError(`--max-events: "${n}" is not a whole number from 1 to ${EVENT_BUDGET}`)
        break
      }
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`)
        if (target !== undefined)
          throw new UsageError(`one scenario at a time (got "${target}" and "${arg}")`)
        target = arg
    }
  }
  if (capture !== undefined && pcap === undefined) throw new UsageError('--capture needs --pcap FILE')
  if (!flags.list && !flags.help && handshakes === undefined && target === undefined)
    throw new UsageError('name a scenario id or a .json file (see --list)')
  return {
    target,
    profile,
    sets,
    pcap,
    capture,
    ...(handshakes === undefined ? {} : { handshakes }),
    ...(maxEvents === undefined ? {} : { maxEvents }),
    lang,
    ...flags,
  }
}
