'use client'
/**
 * Labelled inputs bound to a path of the draft. Each shows the schema's message for its path
 * right under it, in a polite live region, and points at it with aria-describedby.
 */
import { type ReactNode } from 'react'
import { getAt, pathKey, type Path } from '@/lib/playground/draft'
import { fieldId, useForm } from './form-context'
import styles from './playground.module.css'

interface Base {
  path: Path
  label: string
  hint?: string
}

/** The error line under a field or a group: always present so screen readers hear it appear. */
export function IssueText({ path, id }: { path: Path; id: string }) {
  const { issues } = useForm()
  return (
    <p id={id} className={styles.issue} aria-live="polite">
      {issues.get(pathKey(path)) ?? ''}
    </p>
  )
}

function Field({ path, label, hint, children }: Base & { children: (a11y: A11y) => ReactNode }) {
  const { issues } = useForm()
  const id = fieldId(path)
  const invalid = issues.has(pathKey(path))
  const describedBy = [hint ? `${id}-hint` : '', `${id}-issue`].filter(Boolean).join(' ')
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <IssueText path={path} id={`${id}-issue`} />
    </div>
  )
}

type A11y = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string }

/** A number; blank removes the field (the profile or schema default applies). */
export function NumberField({
  step,
  min,
  max,
  placeholder,
  ...base
}: Base & { step?: number; min?: number; max?: number; placeholder?: string }) {
  const { draft, set } = useForm()
  const value = getAt(draft, base.path)
  return (
    <Field {...base}>
      {(a11y) => (
        <input
          {...a11y}
          type="number"
          inputMode="decimal"
          step={step ?? 1}
          min={min}
          max={max}
          placeholder={placeholder}
          value={typeof value === 'number' ? value : ''}
          onChange={(e) => set(base.path, e.target.value === '' ? undefined : e.target.valueAsNumber)}
        />
      )}
    </Field>
  )
}

/** Text; `optional` fields are removed when cleared, required ones stay as "" for the schema to flag. */
export function TextField({ optional, ...base }: Base & { optional?: boolean }) {
  const { draft, set } = useForm()
  const value = getAt(draft, base.path)
  return (
    <Field {...base}>
      {(a11y) => (
        <input
          {...a11y}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set(base.path, optional && e.target.value === '' ? undefined : e.target.value)}
        />
      )}
    </Field>
  )
}

export interface Option {
  value: string
  label: string
}

/**
 * A choice among strings. With `emptyLabel` the first option means "not set" and removes the
 * field; `toValue` maps the chosen string back to data (e.g. "true" → true).
 */
export function SelectField({
  options,
  emptyLabel,
  toValue = (v) => v,
  fromValue = (v) => (typeof v === 'string' ? v : ''),
  onPick,
  ...base
}: Base & {
  options: readonly Option[]
  emptyLabel?: string
  toValue?: (v: string) => unknown
  fromValue?: (v: unknown) => string
  /** Replaces the plain write, for choices that reshape their neighbours. */
  onPick?: (v: string) => void
}) {
  const { draft, set } = useForm()
  const current = fromValue(getAt(draft, base.path))
  // A value the form does not know (typed in JSON) is still shown rather than silently replaced.
  const known = options.some((o) => o.value === current) || (current === '' && emptyLabel !== undefined)
  return (
    <Field {...base}>
      {(a11y) => (
        <select
          {...a11y}
          value={current}
          onChange={(e) =>
            onPick
              ? onPick(e.target.value)
              : set(base.path, e.target.value === '' ? undefined : toValue(e.target.value))
          }
        >
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {known ? null : <option value={current}>{current || '—'}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

/** A checkbox that writes `true` when ticked and removes the field when not. */
export function CheckboxField({ path, label }: { path: Path; label: string }) {
  const { draft, set } = useForm()
  const id = fieldId(path)
  return (
    <div className={styles.check}>
      <input
        id={id}
        type="checkbox"
        checked={getAt(draft, path) !== undefined && getAt(draft, path) !== false}
        onChange={(e) => set(path, e.target.checked ? true : undefined)}
        aria-describedby={`${id}-issue`}
      />
      <label htmlFor={id}>{label}</label>
      <IssueText path={path} id={`${id}-issue`} />
    </div>
  )
}

/** The host ids of the draft as select options. */
export function useHostOptions(): Option[] {
  const { draft } = useForm()
  const hosts = getAt(draft, ['hosts'])
  return Object.keys(hosts && typeof hosts === 'object' ? hosts : {}).map((id) => ({ value: id, label: id }))
}
