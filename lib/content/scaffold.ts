/**
 * `npm run new:question -- <slug>`: the two files of a new question, written from a template that
 * passes the content check as a draft, so an instructor starts from a page they can already open.
 * Pure: scripts/new-question.ts reads the folder and writes the files.
 */
import { type Locale } from '@/lib/i18n/locales'
import { Slug } from './schema'

/** What is already taken in the content folder. */
export interface ExistingContent {
  /** Folder names under content/questions. */
  readonly slugs: readonly string[]
  /** Frontmatter ids in use, which may differ from their folder name after a rename. */
  readonly ids: readonly string[]
}

export type ScaffoldResult =
  { ok: true; id: string; files: Record<Locale, string> } | { ok: false; message: string }

/**
 * The files for a question at content/questions/<slug>/, or why there can be none. The id is the
 * slug: readable in the database and in progress exports, and "fresh" because no folder and no
 * other question's id uses it. After creation the id never changes, whatever the folder is renamed to.
 */
export function scaffoldQuestion(slug: string, scenario: string, existing: ExistingContent): ScaffoldResult {
  if (!Slug.safeParse(slug).success)
    return {
      ok: false,
      message: `"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens (e.g. why-three-way-handshake)`,
    }
  if (existing.slugs.includes(slug))
    return { ok: false, message: `content/questions/${slug}/ already exists; pick another slug or edit that question` }
  if (existing.ids.includes(slug))
    return {
      ok: false,
      message: `the id "${slug}" is already used by another question (its folder was renamed); pick another slug`,
    }
  return { ok: true, id: slug, files: { en: englishTemplate(slug, scenario), zh: chineseTemplate(slug, scenario) } }
}

// The templates keep every structural field valid (ids, the correct choice, the scenario) so the
// draft passes the check at once; every TODO is prose an author replaces, and the check refuses a
// published question (no `draft: true`) that still contains one.

function englishTemplate(id: string, scenario: string): string {
  return `---
id: ${id}
draft: true
title: "TODO: the interview question, as a candidate would hear it?"
summary: "TODO: the answer in one sentence, shown in the question list."
topics: [connection-setup]
difficulty: medium
simulation:
  scenario: ${scenario}
quiz:
  - id: main-idea
    prompt: "TODO: a question that checks the main idea."
    choices:
      - id: a
        text: "TODO: the right answer."
        correct: true
        explanation: "TODO: why it is right, with the RFC section or kernel source."
      - id: b
        text: "TODO: a wrong answer taken from a real misconception."
        explanation: "TODO: what is wrong with it, and what is true instead."
      - id: c
        text: "TODO: another plausible wrong answer."
        explanation: "TODO: what is wrong with it."
sources:
  - label: "TODO: RFC 9293 §3.5 (the section the answer relies on)"
    url: https://www.rfc-editor.org/rfc/rfc9293#section-3.5
---

## TL;DR

TODO: two to four sentences that answer the question.

## Deep dive

TODO: the full answer. Cite each fact inline (RFC 9293 §3.5) and say whether it is the standard or
Linux's default.

## Try it

<Simulation scenario="${scenario}" task="Try this: TODO — one change that breaks the scenario, and what to watch." />

TODO: one or two further experiments.

## Common misconceptions

### "TODO: the wrong claim, as a guide phrases it"

TODO: what is wrong with it, what is right, and the source.
`
}

function chineseTemplate(id: string, scenario: string): string {
  return `---
id: ${id}
draft: true
title: "TODO：面试官会怎样问这道题？"
summary: "TODO：一句话回答，显示在题目列表里。"
topics: [connection-setup]
difficulty: medium
simulation:
  scenario: ${scenario}
quiz:
  - id: main-idea
    prompt: "TODO：考查核心要点的问题。"
    choices:
      - id: a
        text: "TODO：正确答案。"
        correct: true
        explanation: "TODO：为什么正确，注明 RFC 章节或内核源码。"
      - id: b
        text: "TODO：来自真实误区的错误答案。"
        explanation: "TODO：错在哪里，正确的说法是什么。"
      - id: c
        text: "TODO：另一个看似合理的错误答案。"
        explanation: "TODO：错在哪里。"
sources:
  - label: "TODO：RFC 9293 §3.5（答案依据的章节）"
    url: https://www.rfc-editor.org/rfc/rfc9293#section-3.5
---

## 一句话回答（TL;DR）

TODO：用两到四句话回答这道题。

## 深入理解

TODO：完整的解答。每个事实都在行内注明出处（RFC 9293 §3.5），并说明它是标准规定还是 Linux 的默认行为。

## 动手试试

<Simulation scenario="${scenario}" task="动手试试：TODO——改动一处让场景出问题，并说明该观察什么。" />

TODO：再给一两个延伸实验。

## 常见误区

### “TODO：面经里的错误说法”

TODO：错在哪里，正确的是什么，出处在哪里。
`
}
