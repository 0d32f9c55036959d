// `npm run content:check`: validates every question file and prints one line per problem
// (file:line: field: message), frontmatter and MDX bodies alike,, so an author can jump straight to each. Exits 1 on any problem.
import { checkQuestions, formatProblem } from '@/lib/content'

async function main() {
  const { questions, problems } = await checkQuestions(undefined, { compileMdx: true })
  if (problems.length) {
    for (const problem of problems) console.error(formatProblem(problem))
    console.error(`\ncontent check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
    process.exit(1)
  }
  const quizItems = questions.reduce((n, q) => n + q.files.en.frontmatter.quiz.length, 0)
  const drafts = questions.filter((q) => q.meta.draft).length
  console.log(
    `content check: ${questions.length} questions${drafts ? ` (${drafts} draft${drafts === 1 ? '' : 's'})` : ''}, ${questions.length * 2} files (en, zh), ${quizItems} quiz items: all valid`,
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
