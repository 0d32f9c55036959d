import { execFileSync } from 'node:child_process'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkActionArguments,
  checkFlightReply,
  checkFormActionReferences,
  MAX_ACTION_ARGUMENTS,
} from './flight-reply'

type Part = [string, string | { blob: string }]

const partsOf =
  (entries: Part[]) =>
  (name: string): FormDataEntryValue | undefined => {
    const found = entries.find(([key]) => key === name)?.[1]
    if (found === undefined) return undefined
    return typeof found === 'string' ? found : new File([found.blob], 'blob')
  }

/** Decodes each reply with React's own server decoder (the one Next runs) in a child process. */
function decodeWithReact(replies: Part[][]): string[] {
  const harness = path.join(__dirname, 'test-support', 'decode-replies.mjs')
  const output = execFileSync(process.execPath, ['--conditions=react-server', harness], {
    input: JSON.stringify(replies.map((parts) => ({ parts }))),
    encoding: 'utf8',
  })
  return JSON.parse(output) as string[]
}

describe('checkFlightReply', () => {
  it('accepts the replies a browser sends for this app’s actions', () => {
    expect(checkActionArguments(partsOf([['0', '[]']]))).toBeNull()
    expect(
      checkActionArguments(
        partsOf([
          ['0', '["$K1"]'],
          ['1_email', 'a@example.com'],
        ]),
      ),
    ).toBeNull()
    expect(
      checkActionArguments(
        partsOf([['0', '["$$literal","$D2026-01-01T00:00:00.000Z","$n-12","$undefined"]']]),
      ),
    ).toBeNull()
  })

  it('refuses the fuzzed bodies that used to become 500s (issue 17)', () => {
    expect(checkActionArguments(partsOf([]))).toMatch(/missing/)
    expect(checkActionArguments(partsOf([['0', '']]))).toMatch(/not JSON/)
    expect(checkActionArguments(partsOf([['0', '{"a":1}']]))).toMatch(/not an array/)
    const args = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => i))
    expect(checkActionArguments(partsOf([['0', args(MAX_ACTION_ARGUMENTS)]]))).toBeNull()
    expect(checkActionArguments(partsOf([['0', args(MAX_ACTION_ARGUMENTS + 3)]]))).toBe(
      'the argument list is longer than 1000 arguments',
    )
    expect(checkActionArguments(partsOf([['0', '["$B1"]']]))).toMatch(/no blob part/)
    expect(checkActionArguments(partsOf([['0', '["$1"]']]))).toMatch(/part 1 is missing/)
    expect(checkActionArguments(partsOf([['0', '["$nabc"]']]))).toMatch(/bad bigint/)
    expect(
      checkActionArguments(
        partsOf([
          ['0', '["$h1"]'],
          ['1', '{}'],
        ]),
      ),
    ).toMatch(/unsupported/)
    expect(checkActionArguments(partsOf([['0', '["$R1"]']]))).toMatch(/unsupported/)
    expect(
      checkActionArguments(
        partsOf([
          ['0', '["$1:a:b"]'],
          ['1', '{"a":{}}'],
        ]),
      ),
    ).toMatch(/path/)
  })

  it('refuses deep nesting and oversized replies before anything recurses', () => {
    const deep = '['.repeat(30_000) + ']'.repeat(30_000)
    expect(checkFlightReply(partsOf([['0', deep]]))).toMatch(/deeper than 64/)
    const wide = JSON.stringify(['x'.repeat(600_000)])
    expect(checkFlightReply(partsOf([['0', wide]]))).toMatch(/larger than/)
  })

  it('follows references through parts, including cycles, without looping', () => {
    const cyclic = partsOf([
      ['0', '["$1"]'],
      ['1', '{"self":"$1","next":"$@2","blob":"$B3"}'],
      ['2', '[1,2]'],
      ['3', { blob: 'bytes' }],
    ])
    expect(checkActionArguments(cyclic)).toBeNull()
  })

  it('checks the bound arguments of a no-JavaScript form post', () => {
    const form = new FormData()
    form.append('$ACTION_REF_1', '')
    form.append('$ACTION_1:0', '{"id":"abc","bound":"$@1"}')
    form.append('$ACTION_1:1', '[{"fieldErrors":{},"values":{}}]')
    expect(checkFormActionReferences(form)).toBeNull()
    form.delete('$ACTION_1:1')
    expect(checkFormActionReferences(form)).toMatch(/\$ACTION_1:1 is missing/)
    form.set('$ACTION_1:0', 'nope')
    expect(checkFormActionReferences(form)).toMatch(/not JSON/)
  })

  it('accepts only replies that React’s decoder really decodes (property, 400 runs)', () => {
    // Small alphabet of reference strings, so that generated replies hit every branch often.
    const reference = fc.constantFrom(
      '$$x',
      '$undefined',
      '$NaN',
      '$Infinity',
      '$-0',
      '$D2026',
      '$n7',
      '$nx',
      '$K1',
      '$1',
      '$2',
      '$1:a',
      '$@1',
      '$@2',
      '$Q1',
      '$W2',
      '$i1',
      '$B1',
      '$B2',
      '$h1',
      '$R1',
      '$Z',
      '$',
    )
    const leaf = fc.oneof(
      reference,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.string({ maxLength: 4 }),
    )
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b'), tie('value'), { maxKeys: 2 }),
      ),
    })).value
    const part = fc.oneof(
      json.map((value) => JSON.stringify(value)),
      fc.constantFrom('', '{', 'not json').map((text) => text),
      fc.constant({ blob: 'bytes' }),
    )
    const reply = fc.tuple(fc.array(json, { maxLength: 3 }), part, part).map(([root, one, two]): Part[] => [
      ['0', JSON.stringify(root)],
      ['1', one],
      ['2', two],
    ])
    const samples = fc.sample(reply, { numRuns: 400, seed: 17 })
    const decoded = decodeWithReact(samples)
    let accepted = 0
    samples.forEach((parts, i) => {
      if (checkActionArguments(partsOf(parts)) !== null) return
      accepted++
      expect({ parts, decoded: decoded[i] }).toEqual({ parts, decoded: 'ok' })
    })
    // The property must not hold vacuously: a good share of the samples are accepted.
    expect(accepted).toBeGreaterThan(100)
  }, 60_000)
})
