/**
 * A scenario is plain data: hosts, applications and their actions, the network and its faults,
 * expectations. Parse it with `parseScenario` (zod); errors name the field that is wrong.
 */
import { z } from 'zod'
import { SEND_REASONS, SOCKET_ERRORS, TCP_STATES } from '../vocabulary'

/**
 * The scenario budget (issue 17): a shared link is untrusted input, and one of a few hundred
 * characters once asked for 10 M SYNs, 2^53-byte sends or 100 years of virtual time. Each limit is
 * far above what a lesson needs and its message names the limit.
 */
export const SCENARIO_BUDGET = {
  hosts: 16,
  apps: 32,
  actionsPerApp: 100,
  faults: 64,
  links: 64,
  expectations: 100,
  floodSyns: 100_000,
  bytes: 16 * 1024 * 1024,
  virtualMs: 7 * 24 * 3600_000,
} as const

const atMost = (limit: number, what: string) => ({
  message: `at most ${limit.toLocaleString('en-US').replace(/,/g, ' ')} ${what}`,
})

const hostId = z.string().min(1)
const ms = z
  .number()
  .int()
  .nonnegative()
  .max(SCENARIO_BUDGET.virtualMs, atMost(SCENARIO_BUDGET.virtualMs, 'ms (7 days)'))
const byteCount = z.number().int().max(SCENARIO_BUDGET.bytes, atMost(SCENARIO_BUDGET.bytes, 'bytes (16 MiB)'))
const port = z.number().int().min(1).max(65_535)

const tcpState = z.enum(TCP_STATES)
const socketError = z.enum(SOCKET_ERRORS)

/** Flags written like Wireshark: "SYN", "SYN,ACK", "FIN, ACK". */
const flagList = z.string().regex(/^\s*(FIN|SYN|RST|PSH|ACK)(\s*,\s*(FIN|SYN|RST|PSH|ACK))*\s*$/, {
  message: 'flags are a comma-separated list of FIN, SYN, RST, PSH, ACK',
})

const keepaliveOpts = z
  .object({
    idleMs: ms.positive(),
    intervalMs: ms.positive(),
    probes: z.number().int().positive().max(100, atMost(100, 'probes')),
  })
  .strict()

/** Which stack parameters a scenario may override (see profile.ts for their meaning and sources). */
export const paramOverrides = z
  .object({
    mss: z.number().int().min(64).max(65_495),
    recvBuffer: byteCount.positive(),
    windowScale: z.number().int().min(0).max(14).nullable(),
    synWindowSpace: z.number().int().positive().nullable(),
    sackPermitted: z.boolean(),
    timestamps: z.boolean(),
    initialWindowSegments: z.number().int().positive(),
    initialRtoMs: ms.positive(),
    minRtoMs: ms.positive(),
    rtoFormula: z.enum(['rfc6298', 'linux']),
    maxRtoMs: ms.positive(),
    synRetries: z.number().int().nonnegative().nullable(),
    synLinearTimeouts: z.number().int().nonnegative().max(100, atMost(100, 'synLinearTimeouts')),
    synGiveUpMs: ms.nullable(),
    synackRetries: z.number().int().nonnegative(),
    dataRetries: z.number().int().nonnegative().nullable(),
    dataGiveUpMs: ms.nullable(),
    delayedAckMs: ms,
    quickAck: z.boolean(),
    ackFinImmediately: z.boolean(),
    timeWaitMs: ms,
    finWait2TimeoutMs: ms.nullable(),
    keepalive: keepaliveOpts,
    isn: z.enum(['clock', 'random', 'fixed']),
    fixedIsn: z.number().int().nonnegative().max(0xffffffff),
    synCookies: z.enum(['off', 'overflow', 'always']),
    maxSynBacklog: z.number().int().positive(),
    somaxconn: z.number().int().positive(),
    queueFullWhen: z.enum(['exceeds', 'reaches']),
    timeWaitReopen: z.boolean(),
    abortRstAck: z.boolean(),
    invalidAckRatelimitMs: ms,
    tailLossProbe: z.boolean(),
    fastOpen: z.enum(['off', 'client', 'server', 'both']),
  })
  .strict()
  .partial()

const hostSpec = z
  .object({
    ip: z.ipv4(),
    profile: z.enum(['rfc', 'linux']).default('linux'),
    params: paramOverrides.optional(),
  })
  .strict()

const trigger = z.union([
  z.enum(['connected', 'accepted', 'eof', 'error', 'closed']),
  z.object({ received: z.number().int().positive() }).strict(),
])

const when = {
  /** Run at this virtual time (ms)… */
  at: ms.optional(),
  /** …or when this happens on the app's connection (once per connection). */
  on: trigger.optional(),
  /** Extra delay after the trigger or time. */
  after: ms.optional(),
}

const action = z
  .discriminatedUnion('do', [
    z
      .object({
        do: z.literal('connect'),
        to: hostId,
        port,
        localPort: port.optional(),
        /** TCP_FASTOPEN_CONNECT: request a cookie, or send the first write in the SYN with one. */
        fastOpen: z.boolean().optional(),
        ...when,
      })
      .strict(),
    z
      .object({
        do: z.literal('listen'),
        port,
        backlog: z.number().int().nonnegative().default(128),
        accept: z.enum(['auto', 'manual', 'never']).default('auto'),
        /** TCP_FASTOPEN on the listener: hand out cookies and accept data in cookie SYNs. */
        fastOpen: z.boolean().optional(),
        /** TCP_DEFER_ACCEPT: a bare final ACK does not complete the connection for this long. */
        deferAcceptMs: ms.optional(),
        ...when,
      })
      .strict(),
    z.object({ do: z.literal('accept'), ...when }).strict(),
    z
      .object({
        do: z.literal('send'),
        bytes: byteCount.positive(),
        label: z.string().optional(),
        ...when,
      })
      .strict(),
    z.object({ do: z.literal('read'), bytes: byteCount.positive().optional(), ...when }).strict(),
    z.object({ do: z.literal('shutdown'), ...when }).strict(),
    z.object({ do: z.literal('close'), ...when }).strict(),
    z.object({ do: z.literal('abort'), ...when }).strict(),
    z
      .object({
        do: z.literal('setsockopt'),
        keepalive: z.union([z.literal(true), keepaliveOpts]).optional(),
        lingerZero: z.boolean().optional(),
        ...when,
      })
      .strict(),
  ])
  .refine((a) => (a.at === undefined) !== (a.on === undefined), {
    message: 'an action needs exactly one of `at` (a time) or `on` (an event)',
  })

const appSpec = z
  .object({
    name: z.string().optional(),
    host: hostId,
    /** auto: data is read as it arrives; manual: only `read` actions read; never: nothing is read. */
    read: z.enum(['auto', 'manual', 'never']).default('auto'),
    restartOnReboot: z.boolean().default(false),
    actions: z
      .array(action)
      .min(1)
      .max(SCENARIO_BUDGET.actionsPerApp, atMost(SCENARIO_BUDGET.actionsPerApp, 'actions per app')),
  })
  .strict()

/** Which segments a fault or expectation is about. Every field given must match. */
export const segmentFilter = z
  .object({
    from: hostId.optional(),
    to: hostId.optional(),
    /** The exact flag set, e.g. "FIN,ACK". */
    flags: flagList.optional(),
    /** Flags that must be present among others, e.g. "FIN". */
    hasFlags: flagList.optional(),
    /** true: carries data; false: carries none. */
    payload: z.boolean().optional(),
    label: z.string().optional(),
    /** Sequence number relative to the sender's ISN (the SYN is 0, the first data byte 1). */
    relSeq: z.number().int().optional(),
    reason: z.enum(SEND_REASONS).optional(),
  })
  .strict()

const nth = { nth: z.number().int().positive().default(1), count: z.number().int().positive().default(1) }

const fault = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('drop'), match: segmentFilter, ...nth }).strict(),
  z
    .object({
      kind: z.literal('duplicate'),
      match: segmentFilter,
      /** Extra delay for the network-made copy only (a late old duplicate); the original is on time. */
      copyDelayMs: ms.optional(),
      ...nth,
    })
    .strict(),
  z.object({ kind: z.literal('delay'), match: segmentFilter, delayMs: ms, ...nth }).strict(),
  z.object({ kind: z.literal('reorder'), match: segmentFilter, delayMs: ms.optional(), ...nth }).strict(),
  z
    .object({
      kind: z.literal('firewall'),
      host: hostId,
      at: ms,
      until: ms.optional(),
      direction: z.enum(['both', 'from', 'to']).default('both'),
    })
    .strict(),
  z.object({ kind: z.literal('crash'), host: hostId, at: ms, rebootAt: ms.optional() }).strict(),
  z
    .object({
      kind: z.literal('syn-flood'),
      from: hostId,
      to: hostId,
      port,
      at: ms,
      ratePerSec: z.number().positive(),
      count: z
        .number()
        .int()
        .positive()
        .max(SCENARIO_BUDGET.floodSyns, atMost(SCENARIO_BUDGET.floodSyns, 'SYNs')),
    })
    .strict(),
  z
    .object({
      kind: z.literal('inject'),
      at: ms,
      from: hostId,
      to: hostId,
      /** Forge the source address of this host (an off-path attacker); default: `from`'s own. */
      spoofAs: hostId.optional(),
      srcPort: port,
      dstPort: port,
      flags: flagList,
      seq: z.number().int().nonnegative().max(0xffffffff),
      ack: z.number().int().nonnegative().max(0xffffffff).default(0),
      bytes: byteCount.nonnegative().default(0),
      label: z.string().optional(),
    })
    .strict(),
])

const count = {
  atLeast: z.number().int().nonnegative().optional(),
  atMost: z.number().int().nonnegative().optional(),
  exactly: z.number().int().nonnegative().optional(),
}

const expectation = z.union([
  z.object({ host: hostId, passesThrough: tcpState }).strict(),
  z.object({ host: hostId, neverEnters: tcpState }).strict(),
  z.object({ host: hostId, endsIn: tcpState, error: socketError.optional() }).strict(),
  z.object({ host: hostId, appError: socketError }).strict(),
  z.object({ segments: segmentFilter, ...count }).strict(),
  /** Segments on the wire from the first FIN (or RST) of the run to its end. */
  z.object({ closeSegments: z.number().int().nonnegative() }).strict(),
  z.object({ note: z.string().min(1) }).strict(),
])

const link = z
  .object({
    from: hostId,
    to: hostId,
    latencyMs: ms.optional(),
    jitterMs: ms.optional(),
    loss: z.number().min(0).max(1).optional(),
  })
  .strict()

export const VARIANTS = ['two-way-handshake', 'time-wait-zero', 'fixed-isn'] as const

export const scenarioSchema = z
  .object({
    name: z.string().min(1),
    title: z.string().optional(),
    description: z.string().optional(),
    seed: z.number().int().default(1),
    /** Stop at this virtual time (ms); the run also stops when nothing is left to happen. */
    until: ms.default(24 * 3600_000),
    /** Counterfactual variants, clearly NOT TCP, for "why" questions. */
    variants: z.array(z.enum(VARIANTS)).default([]),
    hosts: z
      .record(hostId, hostSpec)
      .refine((h) => Object.keys(h).length > 0, { message: 'at least one host' })
      // Checked even when some hosts are malformed: zod skips a refinement after any issue, and
      // 800 broken hosts then listed 800 problems but never the limit.
      .refine((h) => Object.keys(h).length <= SCENARIO_BUDGET.hosts, {
        ...atMost(SCENARIO_BUDGET.hosts, 'hosts'),
        when: ({ value }) => typeof value === 'object' && value !== null,
      }),
    network: z
      .object({
        latencyMs: ms.default(10),
        jitterMs: ms.default(0),
        loss: z.number().min(0).max(1).default(0),
        links: z.array(link).max(SCENARIO_BUDGET.links, atMost(SCENARIO_BUDGET.links, 'links')).default([]),
      })
      .strict()
      .default({ latencyMs: 10, jitterMs: 0, loss: 0, links: [] }),
    apps: z.array(appSpec).max(SCENARIO_BUDGET.apps, atMost(SCENARIO_BUDGET.apps, 'apps')).default([]),
    faults: z.array(fault).max(SCENARIO_BUDGET.faults, atMost(SCENARIO_BUDGET.faults, 'faults')).default([]),
    expect: z
      .array(expectation)
      .max(SCENARIO_BUDGET.expectations, atMost(SCENARIO_BUDGET.expectations, 'expectations'))
      .default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    const known = new Set(Object.keys(s.hosts))
    const check = (id: string | undefined, path: (string | number)[]) => {
      if (id !== undefined && !known.has(id))
        ctx.addIssue({ code: 'custom', message: `unknown host "${id}"`, path })
    }
    s.apps.forEach((a, i) => {
      check(a.host, ['apps', i, 'host'])
      a.actions.forEach((act, j) => {
        if (act.do === 'connect') check(act.to, ['apps', i, 'actions', j, 'to'])
      })
    })
    s.faults.forEach((f, i) => {
      if ('host' in f) check(f.host, ['faults', i, 'host'])
      if (f.kind === 'syn-flood' || f.kind === 'inject') {
        check(f.from, ['faults', i, 'from'])
        check(f.to, ['faults', i, 'to'])
      }
      if (f.kind === 'inject') check(f.spoofAs, ['faults', i, 'spoofAs'])
    })
    s.expect.forEach((e, i) => {
      if ('host' in e) check(e.host, ['expect', i, 'host'])
    })
    s.network.links.forEach((l, i) => {
      check(l.from, ['network', 'links', i, 'from'])
      check(l.to, ['network', 'links', i, 'to'])
    })
  })

/** What authors write (defaults optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>
/** What the runner uses (defaults filled in). */
export type Scenario = z.output<typeof scenarioSchema>
export type AppSpec = Scenario['apps'][number]
export type Action = AppSpec['actions'][number]
export type Trigger = NonNullable<Action['on']>
export type Fault = Scenario['faults'][number]
export type SegmentFilter = z.output<typeof segmentFilter>
export type Expectation = Scenario['expect'][number]

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] }

/** Validates a scenario; each error reads "path.to.field: message". */
export function parseScenario(input: unknown): ParseResult {
  const r = scenarioSchema.safeParse(input)
  if (r.success) return { ok: true, scenario: r.data }
  return {
    ok: false,
    errors: r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(scenario)'}: ${i.message}`),
  }
}
