import { describe, expect, it } from 'vitest'
import { loadQuestionBodies, mdxToPlainText } from './search-text'

describe('question bodies as plain text', () => {
  it('keeps the words and drops MDX and Markdown syntax', () => {
    const mdx = [
      "import { X } from './x'",
      '## TL;DR',
      'The **active closer** waits in `TIME-WAIT` ([RFC 9293](https://www.rfc-editor.org/rfc/rfc9293)).',
      '<Simulation scenario="four-way-close" step={3} />',
      '<Callout kind="note">半连接 stays</Callout>',
      '```sh',
      'ss -tan state time-wait',
      '```',
    ].join('\n')
    expect(mdxToPlainText(mdx)).toBe(
      'TL;DR The active closer waits in TIME-WAIT (RFC 9293). 半连接 stays ss -tan state time-wait',
    )
  })

  it('has both locales of every question in the content folder', async () => {
    const bodies = await loadQuestionBodies()
    expect(bodies.size).toBeGreaterThan(0)
    for (const body of bodies.values()) {
      expect(body.en.length).toBeGreaterThan(100)
      expect(body.zh.length).toBeGreaterThan(50)
      expect(body.en).not.toMatch(/<[A-Z][a-zA-Z]*[\s/>]/)
    }
    // Parsing every question folder takes a second or two alone, longer beside other test files.
  }, 30_000)
})
