import { describe, expect, it } from 'vitest'
import { parseQuestionSource } from './parse'

const valid = `---
id: x
title: T
summary: S
topics: [a]
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
    expect(result.ok && result.value.frontmatter.quiz[0].choices.map((c) => c.correct)).toEqual([true, false])
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
})
