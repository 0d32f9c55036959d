// The content pipeline's public surface: import from '@/lib/content'.
export { checkQuestions, loadQuestion, loadQuestionIndex, QUESTIONS_DIR } from './loader'
export type { LoadedQuestion, QuestionMeta } from './loader'
export { ContentError, formatProblem, type ContentProblem } from './frontmatter'
export { parseQuestionSource } from './parse'
export * from './schema'
export { MDX_COMPONENT_NAMES, type MdxComponentName } from './mdx-names'
