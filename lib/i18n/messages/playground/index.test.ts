import { describe, expect, it } from 'vitest'
import { playgroundMessages, playgroundParts } from '.'

describe('the playground strings, joined from their parts', () => {
  it('declare each key in one part only, so no part silently overrides another', () => {
    const keys = playgroundParts.flatMap((part) => Object.keys(part.en))
    expect(keys.length).toBeGreaterThan(250)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('keep every key of every part, in both languages', () => {
    for (const part of playgroundParts)
      for (const [key, text] of Object.entries(part.en)) {
        expect(playgroundMessages.en[key as keyof typeof playgroundMessages.en]).toBe(text)
        expect(playgroundMessages.zh[key as keyof typeof playgroundMessages.zh]).toBe(
          part.zh[key as keyof typeof part.zh],
        )
      }
  })
})
