'use client'
/**
 * What every field of the scenario form needs: the draft, the schema's issues keyed by path, and
 * one way to write. Passed by context so editors nested four levels deep stay free of plumbing.
 */
import { createContext, useContext } from 'react'
import { type PlaygroundMessages } from '@/lib/i18n/messages/playground'
import { type Draft, type Path } from '@/lib/playground/draft'

export interface FormApi {
  readonly draft: Draft
  readonly issues: ReadonlyMap<string, string>
  readonly m: PlaygroundMessages
  /** Replaces the value at `path`; undefined removes an optional field. */
  set(path: Path, value: unknown): void
  /** Applies any pure edit to the whole draft (add, remove, rename). */
  edit(change: (draft: Draft) => Draft): void
}

export const FormContext = createContext<FormApi | null>(null)

export function useForm(): FormApi {
  const api = useContext(FormContext)
  if (!api) throw new Error('scenario form fields must be inside <FormContext>')
  return api
}

/** A DOM id for the field at `path` (ids may not contain the dots and spaces of host names). */
export const fieldId = (path: Path) => 'pg-' + path.map((p) => String(p).replace(/[^\w-]/g, '_')).join('-')
