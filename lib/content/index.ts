// The content pipeline's public surface: import from '@/lib/content'.
export { checkQuestion, checkQuestions, draftsVisible, loadQuestion, loadQuestionIndex, QUESTIONS_DIR } from './loader'
export type { CheckedQuestion, FolderStatus, LoadedQuestion, QuestionMeta, VisibilityOptions } from './loader'
export { scaffoldQuestion, type ExistingContent, type ScaffoldResult } from './scaffold'
export { ContentError, formatProblem, type ContentProblem } from './frontmatter'
export { parseQuestionSource } from './parse'
export * from './schema'
export { MDX_COMPONENT_NAMES, type MdxComponentName } from './mdx-names'
export { locateMdxError } from './mdx-check'
