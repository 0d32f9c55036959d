import { describe, expect, it } from 'vitest'
import { findEmbeds } from './embeds'

describe('findEmbeds reads the props of embedded components as data', () => {
  it('finds flow and inline elements with their file lines', async () => {
    const body = 'Text <Simulation scenario="a" /> inline.\n\n<Callout>x</Callout>\n\n<Simulation scenario="b" />\n'
    const found = await findEmbeds(body, 10, 'Simulation')
    expect(found.map((e) => [e.line, e.props.scenario])).toEqual([
      [10, 'a'],
      [14, 'b'],
    ])
  })

  it('reads strings, numbers (negative too), booleans, nested objects, arrays and plain template strings', async () => {
    const [embed] = await findEmbeds(
      "<Simulation scenario='x' step={3} flag overrides={{ latencyMs: 5, params: { 'rto.min': -1 }, faults: [{ kind: `drop`, nth: 2 }] }} />",
      1,
      'Simulation',
    )
    expect(embed.props).toEqual({
      scenario: 'x',
      step: 3,
      flag: true,
      overrides: { latencyMs: 5, params: { 'rto.min': -1 }, faults: [{ kind: 'drop', nth: 2 }] },
    })
    expect(embed.unreadable).toEqual([])
  })

  it('reports props that only running code could tell, with their own lines', async () => {
    const [embed] = await findEmbeds(
      '<Simulation\n  scenario="x"\n  step={n + 1}\n  overrides={{ ...base }}\n  {...rest}\n/>',
      5,
      'Simulation',
    )
    expect(embed.props).toEqual({ scenario: 'x' })
    expect(embed.unreadable).toEqual([
      { prop: 'step', line: 7 },
      { prop: 'overrides', line: 8 },
      { prop: '{…spread}', line: 9 },
    ])
  })
})
