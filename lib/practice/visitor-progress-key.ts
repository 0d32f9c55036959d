/**
 * Where a visitor's progress lives in localStorage, and its format version. Apart from
 * visitor-progress.ts (which validates with zod) so light browser readers can use them too.
 */
export const VISITOR_PROGRESS_KEY = 'handshake:progress'
export const VISITOR_PROGRESS_VERSION = 1
