import { describe, expect, it } from 'vitest'
import { parseQuestionSource } from './parse'

const valid = `---
id: x
title: T
summary: S
topics: [states]
difficulty: easy
quiz:
  - id: q
    prompt: P
    choices:
      - { id: a, text: A, correct: true, explanation: yes }
      - { id: b, text: B, explanation: no }
sources:
  - { label: RFC 9293, url: https://www.rfc-editor.org/rfc/rfc9293 }
---
Body`

const problemsOf = (source: string) => {
  const result = parseQuestionSource('q.mdx', source)
  return result.ok ? [] : result.problems.map((p) => `${p.line}: ${p.field}: ${p.message}`)
}

describe('parseQuestionSource', () => {
  it('accepts a minimal valid file and treats unmarked choices as incorrect', () => {
    const result = parseQuestionSource('q.mdx', valid)
    const item = result.ok ? result.value.frontmatter.quiz[0] : undefined
    // Written without `kind`, as every item was before ordering items: read as multiple choice.
    expect(item?.kind).toBe('choice')
    expect(item?.kind === 'choice' && item.choices.map((c) => c.correct)).toEqual([true, false])
    expect(result.ok && result.value.body).toBe('Body')
  })

  it('rejects a file without frontmatter on line 1', () => {
    expect(problemsOf('# Title')).toEqual(['1: (frontmatter): file must start with --- YAML frontmatter ---'])
  })

  it('reports YAML syntax errors at their line', () => {
    expect(problemsOf(valid.replace('title: T', 'title: a: b'))).toEqual([
      '3: (yaml): Nested mappings are not allowed in compact mappings',
    ])
  })

  it('points an unknown key at its own line', () => {
    expect(problemsOf(valid.replace('difficulty: easy', 'difficulty: easy\nlevel: 2'))).toEqual([
      '7: level: unknown field',
    ])
  })

  it('requires an explanation for every choice', () => {
    expect(problemsOf(valid.replace(', explanation: no', ''))).toEqual([
      '12: quiz.0.choices.1.explanation: required field is missing',
    ])
  })

  it('refuses source links that are not http(s)', () => {
    expect(problemsOf(valid.replace('https://www.rfc-editor.org/rfc/rfc9293', 'javascript:alert(1)'))).toEqual([
      '14: sources.0.url: Invalid URL',
    ])
  })

  it('refuses a topic outside the vocabulary, naming the ones allowed', () => {
    const [problem] = problemsOf(valid.replace('topics: [states]', 'topics: [states, handshake]'))
    expect(problem).toMatch(/^5: topics\.1: unknown topic; use one of: connection-setup, connection-close, states/)
  })

  const ordering = `
  - id: order
    kind: ordering
    prompt: Order them
    steps:
      - { id: syn, text: SYN }
      - { id: syn-ack, text: SYN-ACK }
      - { id: ack, text: ACK }
    explanation: Because.`

  it('reads an ordering item next to a multiple-choice one', () => {
    const result = parseQuestionSource('q.mdx', valid.replace('\nsources:', `${ordering}\nsources:`))
    const item = result.ok ? result.value.frontmatter.quiz[1] : undefined
    expect(item?.kind === 'ordering' && item.steps.map((s) => s.id)).toEqual(['syn', 'syn-ack', 'ack'])
  })

  it('reports an ordering item’s own errors, not a vague union failure', () => {
    const twoSteps = ordering.replace('      - { id: ack, text: ACK }\n', '')
    expect(problemsOf(valid.replace('\nsources:', `${twoSteps}\nsources:`))).toEqual([
      '16: quiz.1.steps: Too small: expected array to have >=3 items',
    ])
    const noExplanation = ordering.replace('\n    explanation: Because.', '')
    expect(problemsOf(valid.replace('\nsources:', `${noExplanation}\nsources:`))).toEqual([
      '13: quiz.1.explanation: required field is missing',
    ])
  })
})
