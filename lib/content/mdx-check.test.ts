import { describe, expect, it } from 'vitest'
import { checkMdxBody } from './mdx-check'

// The body starts on file line 30, as it would after a 28-line frontmatter.
const FIRST_LINE = 30

describe('MDX body errors', () => {
  it('put an unclosed block tag at the tag’s own file line, not the body’s first (issue 17)', async () => {
    const body = ['Intro.', '', 'Second paragraph.', '', '<Callout kind="note">', 'Never closed.', '', '## Next'].join('\n')
    expect(await checkMdxBody('q/en.mdx', body, FIRST_LINE)).toEqual([
      { file: 'q/en.mdx', line: 34, field: '(mdx)', message: 'Expected a closing tag for `<Callout>`' },
    ])
  }, 30_000)

  it('put an unclosed inline tag at its line too', async () => {
    const body = ['Intro.', '', 'A sentence with <Callout kind="note">no end.', ''].join('\n')
    expect(await checkMdxBody('q/zh.mdx', body, FIRST_LINE)).toEqual([
      {
        file: 'q/zh.mdx',
        line: 32,
        field: '(mdx)',
        message: 'Expected a closing tag for `<Callout>` before the end of `paragraph`',
      },
    ])
  })

  it('keep the line of errors that carry one as a field', async () => {
    const body = ['Intro.', '', 'An expression that never closes: {oops', ''].join('\n')
    const [problem] = await checkMdxBody('q/en.mdx', body, FIRST_LINE)
    expect(problem).toMatchObject({ line: 32, field: '(mdx)' })
  })
})
