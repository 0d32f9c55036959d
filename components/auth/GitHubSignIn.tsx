import { Button } from '@/components/ui/Button'
import { githubSignInAction } from '@/lib/server/auth-actions'

/** "Continue with GitHub"; rendered only when AUTH_GITHUB_ID and AUTH_GITHUB_SECRET are set. */
export function GitHubSignIn({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <form action={githubSignInAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Button type="submit" variant="secondary">
        {label}
      </Button>
    </form>
  )
}
