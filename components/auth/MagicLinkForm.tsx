'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/Button'
import { type AuthMessages } from '@/lib/i18n/messages/auth'
import { magicLinkAction } from '@/lib/server/auth-actions'
import { initialAuthFormState } from '@/lib/server/auth-form-state'
import { AuthField } from './AuthField'
import styles from './AuthForm.module.css'
import { FormAlert } from './FormAlert'

/** Asks for an email and sends a one-time sign-in link to it; success lands on /check-email. */
export function MagicLinkForm({ t, callbackUrl }: { t: AuthMessages; callbackUrl: string }) {
  const [state, action, pending] = useActionState(magicLinkAction, initialAuthFormState)
  const key = state.fieldErrors.email
  return (
    <form action={action} noValidate className={styles.form} aria-label={t.magicLinkTitle}>
      <FormAlert message={state.formError ? t[state.formError] : undefined} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <AuthField
        id="magic-link-email"
        name="email"
        type="email"
        label={t.magicLinkEmailLabel}
        autoComplete="email"
        defaultValue={state.values.email}
        error={key ? t[key] : undefined}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t.pending : t.magicLinkSubmit}
      </Button>
    </form>
  )
}
