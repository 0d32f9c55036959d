'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/Button'
import { type AuthMessages } from '@/lib/i18n/messages/auth'
import { signUpAction } from '@/lib/server/auth-actions'
import { initialAuthFormState } from '@/lib/server/auth-form-state'
import { AuthField } from './AuthField'
import styles from './AuthForm.module.css'
import { FormAlert } from './FormAlert'

/** Name, email and password; errors appear beside each field and what was typed stays put. */
export function SignUpForm({ t, callbackUrl }: { t: AuthMessages; callbackUrl: string }) {
  const [state, action, pending] = useActionState(signUpAction, initialAuthFormState)
  const error = (field: 'name' | 'email' | 'password') => {
    const key = state.fieldErrors[field]
    return key ? t[key] : undefined
  }
  return (
    // noValidate: the server's messages (translated, next to each field) replace the browser's.
    <form action={action} noValidate className={styles.form} aria-label={t.signUpTitle}>
      <FormAlert message={state.formError ? t[state.formError] : undefined} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <AuthField
        id="sign-up-name"
        name="name"
        label={t.nameLabel}
        autoComplete="name"
        defaultValue={state.values.name}
        error={error('name')}
      />
      <AuthField
        id="sign-up-email"
        name="email"
        type="email"
        label={t.emailLabel}
        autoComplete="email"
        defaultValue={state.values.email}
        error={error('email')}
      />
      <AuthField
        id="sign-up-password"
        name="password"
        type="password"
        label={t.passwordLabel}
        hint={t.passwordHint}
        autoComplete="new-password"
        error={error('password')}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t.pending : t.signUpSubmit}
      </Button>
    </form>
  )
}
