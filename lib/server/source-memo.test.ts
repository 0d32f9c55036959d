import { describe, expect, it } from 'vitest'
import { createSourceMemo } from './source-memo'

describe('createSourceMemo', () => {
  it('computes once per key while the source is unchanged, again when it changes', () => {
    const memo = createSourceMemo<string>()
    let calls = 0
    const upper = (source: string) => () => {
      calls++
      return source.toUpperCase()
    }
    expect(memo('a.mdx', 'one', upper('one'))).toBe('ONE')
    expect(memo('a.mdx', 'one', upper('one'))).toBe('ONE')
    expect(calls).toBe(1)
    expect(memo('b.mdx', 'one', upper('one'))).toBe('ONE')
    expect(calls).toBe(2)
    expect(memo('a.mdx', 'two', upper('two'))).toBe('TWO')
    expect(calls).toBe(3)
  })

  it('drops a rejected promise, so the next call computes again', async () => {
    const memo = createSourceMemo<Promise<number>>()
    const failed = memo('a.mdx', 'x', () => Promise.reject(new Error('bad MDX')))
    await expect(failed).rejects.toThrow('bad MDX')
    await expect(memo('a.mdx', 'x', () => Promise.resolve(1))).resolves.toBe(1)
    await expect(memo('a.mdx', 'x', () => Promise.resolve(2))).resolves.toBe(1)
  })
})
