import { describe, expect, it } from 'vitest'
import { engineText } from '@/lib/i18n/reasons'
import { getScenario } from '@/lib/scenarios'
import { runCli } from './run'

/** Runs the CLI in memory: stdout and stderr lines, files read from `files`. */
function sim(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = []
  const err: string[] = []
  const status = runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readText: (path) => {
      if (!(path in files)) throw new Error(`ENOENT: ${path}`)
      return files[path]
    },
    writeBytes: () => {},
  })
  return { status, out: out.join('\n'), err: err.join('\n') }
}

describe('npm run sim', () => {
  it('prints a ladder with relative numbers, states and passing expectations, and exits 0', () => {
    const { status, out } = sim(['time-wait-final-ack-lost'])
    expect(status).toBe(0)
    // The handshake, the lost final ACK and the re-ACK from TIME-WAIT, with relative numbers.
    expect(out).toMatch(/client ──SYN──▶ server\s+seq=0 ack=- len=0/)
    expect(out).toMatch(/client ──ACK──▶ server\s+seq=102 ack=302 len=0\s+✗ lost \(fault/)
    expect(out).toMatch(/client ◀──FIN, ACK── server\s+seq=301 ack=102 len=0\s+\[retransmission\]/)
    expect(out).toMatch(/client\s+⏱ time-wait timer set for 241\.351s/)
    expect(out).toMatch(/\[client TIME-WAIT · server LAST-ACK\]/)
    expect(out).toContain('✓ client passes through TIME-WAIT')
    expect(out).toMatch(/all \d+ expectations pass/)
  })

  it('shows a segment of no connection with its raw numbers, marked #', () => {
    // The closed port's reset carries seq 0 (RFC 9293 §3.10.7.1) and belongs to no connection, so
    // its seq stays raw; its ack answers the client's SYN and is relative to the client's ISN.
    const { out } = sim(['connection-refused'])
    expect(out).toMatch(/client ◀──RST, ACK── server\s+seq=#0 ack=1 len=0/)
  })

  it('--lang zh words the trace with the Chinese dictionary the pages use', () => {
    const fin = { code: 'fin-received' } as const
    const [zh, en] = [engineText('zh'), engineText('en')]
    const chinese = sim(['time-wait-final-ack-lost', '--lang', 'zh'])
    expect(chinese.status).toBe(0)
    expect(chinese.out).toContain(
      `# time-wait-final-ack-lost: ${getScenario('time-wait-final-ack-lost')!.title.zh}`,
    )
    expect(chinese.out).toContain(`ESTABLISHED → CLOSE-WAIT  (${zh.reason(fin)})`)
    expect(chinese.out).toContain(`[${zh.sendReason('retransmission')}]`)
    expect(chinese.out).not.toContain(en.reason(fin))
    // English stays the default.
    expect(sim(['time-wait-final-ack-lost']).out).toContain(`ESTABLISHED → CLOSE-WAIT  (${en.reason(fin)})`)
    expect(sim(['time-wait-final-ack-lost', '--lang', 'fr'])).toMatchObject({
      status: 2,
      err: expect.stringContaining('--lang: "fr" is not en or zh'),
    })
  })

  it('applies knobs and scenario paths with --set and --profile', () => {
    const linux = sim(['time-wait-final-ack-lost', '--profile', 'linux'])
    expect(linux.out).toMatch(/time-wait timer set for 60\.\d+s/) // 60 s, not 2×MSL
    const zero = sim(['time-wait-final-ack-lost', '--set', 'hosts.client.params.timeWaitMs=0'])
    // With no TIME-WAIT the retransmitted FIN meets a closed port: a reset, and an expectation fails.
    expect(zero.out).toMatch(/client ──RST──▶ server/)
    expect(zero.out).toContain('✗ exactly 0 segments matching {"from":"client","hasFlags":"RST"} (actual: 1)')
    expect(zero.status).toBe(1)
  })

  it('exits 1 when an expectation fails, naming it with ✗', () => {
    const { status, out } = sim(['syn-flood-cookies', '--set', 'cookies=off'])
    expect(status).toBe(1)
    expect(out).toContain('✗ client ends in ESTABLISHED (actual: CLOSED (ETIMEDOUT))')
    expect(out).toMatch(/\d+ of \d+ expectations fail/)
  })

  it('runs a scenario from a JSON file and prints JSON when asked', () => {
    const file = JSON.stringify({
      name: 'refused',
      hosts: { client: { ip: '10.0.0.1' }, server: { ip: '10.0.0.2' } },
      apps: [{ host: 'client', actions: [{ at: 0, do: 'connect', to: 'server', port: 81 }] }],
      expect: [{ host: 'client', appError: 'ECONNREFUSED' }],
    })
    const { status, out, err } = sim(['s/refused.json', '--json'], { 's/refused.json': file })
    expect(status).toBe(0)
    const json = JSON.parse(out) as {
      name: string
      trace: { type: string }[]
      expectations: { pass: boolean }[]
    }
    expect(json.name).toBe('refused')
    expect(json.trace.some((e) => e.type === 'segment-sent')).toBe(true)
    expect(json.expectations).toEqual([
      { description: 'the application on client sees ECONNREFUSED', pass: true, actual: 'yes' },
    ])
    expect(err).toContain('✓ the application on client sees ECONNREFUSED')
  })

  it('stops a run at the event budget with a message, no stack trace, and exit 3', () => {
    // The default budget (200 000 events) behaves the same; a lower one keeps the test quick.
    const { status, out, err } = sim([
      'syn-flood-cookies',
      '--set',
      'faults.0.count=100000',
      '--max-events',
      '2000',
    ])
    expect(status).toBe(3)
    expect(err).toBe(
      "sim: this run stopped after 2 000 events: the simulation's budget. Shorten the scenario " +
        '(fewer SYNs or connections, fewer bytes, a shorter duration) and run it again; ' +
        'its expectations were not checked.',
    )
    expect(out).toMatch(/# stopped: event-budget at \d+ ms$/)
    expect(out).not.toMatch(/expectations? (pass|fail)/)
  })

  it('lists the library', () => {
    const { status, out } = sim(['--list'])
    expect(status).toBe(0)
    expect(out).toMatch(/^syn-flood-cookies\s+SYN flood/m)
    expect(out).toMatch(/^two-way-handshake-old-duplicate\s+NOT TCP: /m)
    expect(out).not.toMatch(/NOT TCP.*NOT TCP/)
  })

  it.each([
    [['no-such-scenario'], /unknown scenario id "no-such-scenario"/],
    [['missing.json'], /cannot read missing\.json: ENOENT/],
    [['bad.json'], /bad\.json is not valid JSON/],
    [['lost-syn', '--set', 'drops=many'], /--set drops: "many" is not a number/],
    [['lost-syn', '--set', 'drops=9'], /--set drops: 9 is outside 0…5/],
    [
      ['lost-syn', '--set', 'hosts.server.params.timewait=1'],
      /hosts\.server\.params: Unrecognized key: "timewait"/,
    ],
    [['lost-syn', '--set', 'faults[3].count=1'], /--set faults\.3: no such index/],
    [['lost-syn', '--set', 'network.latencyMs=-5'], /network\.latencyMs: /],
    [['lost-syn', '--profile', 'bsd'], /--profile: "bsd" is not rfc or linux/],
    [['lost-syn', '--set'], /--set needs a value/],
    [['lost-syn', '--frobnicate'], /unknown option --frobnicate/],
    [['lost-syn', '--max-events', '300000'], /--max-events: "300000" is not a whole number from 1 to 200000/],
    [[], /name a scenario id or a \.json file/],
  ])('rejects %j with a clear message and exit 2', (argv, message) => {
    const { status, err } = sim(argv, { 'bad.json': '{ "name": ' })
    expect(status).toBe(2)
    expect(err).toMatch(message)
  })
})
