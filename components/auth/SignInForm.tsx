'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/Button'
import { type AuthMessages } from '@/lib/i18n/messages/auth'
import { signInAction } from '@/lib/server/auth-actions'
import { initialAuthFormState } from '@/lib/server/auth-form-state'
import { AuthField } from './AuthField'
import styles from './AuthForm.module.css'
import { FormAlert } from './FormAlert'

/** Email and password. A failed attempt says only "email or password is incorrect". */
export function SignInForm({ t, callbackUrl }: { t: AuthMessages; callbackUrl: string }) {
  const [state, action, pending] = useActionState(signInAction, initialAuthFormState)
  const error = (field: 'email' | 'password') => {
    const key = state.fieldErrors[field]
    return key ? t[key] : undefined
  }
  return (
    <form action={action} noValidate className={styles.form} aria-label={t.passwordFormTitle}>
      <FormAlert message={state.formError ? t[state.formError] : undefined} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <AuthField
        id="sign-in-email"
        name="email"
        type="email"
        label={t.emailLabel}
        autoComplete="email"
        defaultValue={state.values.email}
        error={error('email')}
      />
      <AuthField
        id="sign-in-password"
        name="password"
        type="password"
        label={t.passwordLabel}
        autoComplete="current-password"
        error={error('password')}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t.pending : t.signInSubmit}
      </Button>
    </form>
  )
}
