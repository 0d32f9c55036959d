import 'server-only'
import { notFound, redirect } from 'next/navigation'
import { authorAccess } from '@/lib/server/author-access'

/** Ends the request unless it may see /author: anonymous users sign in first, learners get a 404. */
export async function requireAuthor(path: string): Promise<void> {
  const access = await authorAccess()
  if (access === 'sign-in') redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`)
  // A 404 rather than a 403: the page's existence is nothing a learner needs to know about.
  if (access === 'forbidden') notFound()
}
