'use server'
// The auth forms' server actions. Each parses with zod and returns field errors as message keys;
// on success Auth.js's signIn() throws Next's redirect, which must be allowed to propagate.
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { AuthError } from 'next-auth'
import { formDataOrEmpty } from '@/lib/http/form-data'
import { signIn, signOut } from './auth'
import { fieldErrorKeys, MagicLinkInput, safeRedirectPath, SignInInput, SignUpInput } from './auth-schemas'
import { type AuthFormState, typedValues } from './auth-form-state'
import { clientAddress, magicLinkChecks, signInChecks, signUpChecks } from './auth-limits'
import { db } from './db'
import { hashPassword } from './passwords'
import { consumeAll } from './rate-limit'
import { createPasswordUser, EmailTakenError } from './users'

type SignUpField = 'name' | 'email' | 'password'
type SignInField = 'email' | 'password'

export async function signUpAction(
  _previous: AuthFormState<SignUpField>,
  submitted: FormData,
): Promise<AuthFormState<SignUpField>> {
  const formData = formDataOrEmpty(submitted)
  const values = typedValues<SignUpField>(formData, ['name', 'email'])
  const parsed = SignUpInput.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return { fieldErrors: fieldErrorKeys(parsed.error), formError: 'fixFields', values }

  const { name, email, password } = parsed.data
  if (!(await consumeAll(db, signUpChecks(clientAddress(await headers())))).allowed)
    return { fieldErrors: {}, formError: 'tooManyRequests', values }
  try {
    await createPasswordUser(db, { name, email, passwordHash: await hashPassword(password) })
  } catch (error) {
    if (error instanceof EmailTakenError)
      return { fieldErrors: { email: 'emailTaken' }, formError: 'fixFields', values }
    throw error
  }
  await signIn('password', { email, password, redirectTo: safeRedirectPath(formData.get('callbackUrl')) })
  return { fieldErrors: {}, values }
}

export async function signInAction(
  _previous: AuthFormState<SignInField>,
  submitted: FormData,
): Promise<AuthFormState<SignInField>> {
  const formData = formDataOrEmpty(submitted)
  const values = typedValues<SignInField>(formData, ['email'])
  const parsed = SignInInput.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return { fieldErrors: fieldErrorKeys(parsed.error), formError: 'fixFields', values }

  // Counted before the password is checked, so a correct password is refused too while limited.
  const limit = await consumeAll(db, signInChecks(parsed.data.email, clientAddress(await headers())))
  if (!limit.allowed) return { fieldErrors: {}, formError: 'tooManySignIns', values }
  try {
    await signIn('password', { ...parsed.data, redirectTo: safeRedirectPath(formData.get('callbackUrl')) })
  } catch (error) {
    // CredentialsSignin covers both an unknown email and a wrong password: one message for both.
    if (error instanceof AuthError) return { fieldErrors: {}, formError: 'invalidCredentials', values }
    throw error
  }
  return { fieldErrors: {}, values }
}

export async function magicLinkAction(
  _previous: AuthFormState<'email'>,
  submitted: FormData,
): Promise<AuthFormState<'email'>> {
  const formData = formDataOrEmpty(submitted)
  const values = typedValues<'email'>(formData, ['email'])
  const parsed = MagicLinkInput.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return { fieldErrors: fieldErrorKeys(parsed.error), values }

  const limit = await consumeAll(db, magicLinkChecks(parsed.data.email, clientAddress(await headers())))
  if (!limit.allowed) return { fieldErrors: {}, formError: 'tooManyRequests', values }
  try {
    // No redirect from Auth.js here: it would send the browser to its own /api/auth/verify-request
    // route, which a server action's client-side navigation does not follow on to the page.
    await signIn('email', {
      email: parsed.data.email,
      redirectTo: safeRedirectPath(formData.get('callbackUrl')),
      redirect: false,
    })
  } catch (error) {
    if (error instanceof AuthError) return { fieldErrors: {}, formError: 'errorGeneric', values }
    throw error
  }
  redirect('/check-email')
}

export async function githubSignInAction(submitted: FormData): Promise<void> {
  await signIn('github', { redirectTo: safeRedirectPath(formDataOrEmpty(submitted).get('callbackUrl')) })
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' })
}
