'use client'
/**
 * Which segments a fault or an expectation is about: direction (sent by, sent to), flags, relative
 * sequence number, payload, reason, label. Every field left at "(any)" or blank matches anything.
 */
import { type Path } from '@/lib/playground/draft'
import { SEND_REASONS } from '@/lib/tcp'
import { NumberField, SelectField, TextField, useHostOptions } from './fields'
import { useForm } from './form-context'

export function SegmentFilterFields({ path }: { path: Path }) {
  const { m } = useForm()
  const hosts = useHostOptions()
  const p = (field: string) => [...path, field]
  return (
    <>
      <SelectField path={p('from')} label={m.matchFrom} options={hosts} emptyLabel={m.any} />
      <SelectField path={p('to')} label={m.matchTo} options={hosts} emptyLabel={m.any} />
      <TextField path={p('flags')} label={m.flags} optional />
      <TextField path={p('hasFlags')} label={m.hasFlags} optional />
      <NumberField path={p('relSeq')} label={m.relSeq} hint={m.relSeqHint} />
      <SelectField
        path={p('payload')}
        label={m.payload}
        emptyLabel={m.any}
        options={[
          { value: 'true', label: m.payloadYes },
          { value: 'false', label: m.payloadNo },
        ]}
        fromValue={(v) => (typeof v === 'boolean' ? String(v) : '')}
        toValue={(v) => v === 'true'}
      />
      <SelectField
        path={p('reason')}
        label={m.reason}
        emptyLabel={m.any}
        options={SEND_REASONS.map((r) => ({ value: r, label: m[`reason_${r}`] }))}
      />
      <TextField path={p('label')} label={m.segmentLabel} optional />
    </>
  )
}
