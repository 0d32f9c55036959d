// Auth.js's own endpoints: OAuth and magic-link callbacks, CSRF token, session, sign-out.
import { handlers } from '@/lib/server/auth'

export const { GET, POST } = handlers
