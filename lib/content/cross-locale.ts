import { type ContentProblem } from './frontmatter'
import { type ParsedQuestionFile } from './parse'
import { type QuizItem } from './schema'

/**
 * The facts every translation must share: the quiz is graded and scheduled by these, so a
 * translation may reword a question but never change its id, level, scenario or right answer.
 */
export function localesAgree(reference: ParsedQuestionFile, other: ParsedQuestionFile): ContentProblem[] {
  const a = reference.frontmatter
  const b = other.frontmatter
  const problems: ContentProblem[] = []
  const mismatch = (path: PropertyKey[], what: string) =>
    problems.push({
      file: other.file,
      line: other.lineOf(path),
      field: path.map(String).join('.'),
      message: `${what} must match ${reference.file}`,
    })

  if (a.id !== b.id) mismatch(['id'], `id "${b.id}"`)
  if (a.draft !== b.draft) mismatch(b.draft ? ['draft'] : ['id'], `draft: ${b.draft}`)
  if (a.difficulty !== b.difficulty) mismatch(['difficulty'], `difficulty "${b.difficulty}"`)
  if (a.topics.join(',') !== b.topics.join(',')) mismatch(['topics'], 'topics')
  if (a.simulation?.scenario !== b.simulation?.scenario) {
    mismatch(b.simulation ? ['simulation', 'scenario'] : ['id'], 'simulation scenario')
  }
  if (a.quiz.map((q) => q.id).join(',') !== b.quiz.map((q) => q.id).join(',')) {
    mismatch(['quiz'], 'quiz item ids and order')
  } else {
    a.quiz.forEach((item, i) => {
      const otherItem = b.quiz[i]
      if (item.kind !== otherItem.kind) return mismatch(['quiz', i, 'kind'], `kind "${otherItem.kind}"`)
      // An ordering item's answer is the order of its step ids; a choice item's, its correct id.
      const field = item.kind === 'ordering' ? 'steps' : 'choices'
      const ids = (q: QuizItem) => (q.kind === 'ordering' ? q.steps : q.choices).map((c) => c.id).join(',')
      const correct = (q: QuizItem) => (q.kind === 'choice' ? q.choices.find((c) => c.correct)?.id : undefined)
      if (ids(item) !== ids(otherItem)) mismatch(['quiz', i, field], `${field.slice(0, -1)} ids and order`)
      else if (correct(item) !== correct(otherItem)) mismatch(['quiz', i, 'choices'], 'the correct choice')
    })
  }
  return problems
}
