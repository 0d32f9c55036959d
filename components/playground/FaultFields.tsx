'use client'
/** The fields of one fault kind (its segment filter, when it has one, is edited beside it). */
import { type Path } from '@/lib/playground/draft'
import { type FaultKind } from '@/lib/playground/templates'
import { NumberField, SelectField, TextField, useHostOptions } from './fields'
import { useForm } from './form-context'

export function FaultFields({ kind, path }: { kind: FaultKind; path: Path }) {
  const { m } = useForm()
  const hosts = useHostOptions()
  const p = (field: string) => [...path, field]
  const which = (
    <>
      <NumberField path={p('nth')} label={m.nth} min={1} placeholder="1" />
      <NumberField path={p('count')} label={m.count} min={1} placeholder="1" />
    </>
  )
  switch (kind) {
    case 'drop':
      return which
    case 'delay':
      return (
        <>
          {which}
          <NumberField path={p('delayMs')} label={m.delayMs} min={0} />
        </>
      )
    case 'duplicate':
      return (
        <>
          {which}
          <NumberField path={p('copyDelayMs')} label={m.copyDelayMs} min={0} />
        </>
      )
    case 'reorder':
      return (
        <>
          {which}
          <NumberField path={p('delayMs')} label={m.reorderDelayMs} min={0} />
        </>
      )
    case 'inject':
      return (
        <>
          <NumberField path={p('at')} label={m.injectAt} min={0} />
          <SelectField path={p('from')} label={m.injectFrom} options={hosts} />
          <SelectField path={p('to')} label={m.injectTo} options={hosts} />
          <SelectField path={p('spoofAs')} label={m.spoofAs} options={hosts} emptyLabel={m.noSpoof} />
          <NumberField path={p('srcPort')} label={m.srcPort} min={1} max={65535} />
          <NumberField path={p('dstPort')} label={m.dstPort} min={1} max={65535} />
          <TextField path={p('flags')} label={m.injectFlags} />
          <NumberField path={p('seq')} label={m.seq} min={0} max={4294967295} />
          <NumberField path={p('ack')} label={m.ack} min={0} max={4294967295} placeholder="0" />
          <NumberField path={p('bytes')} label={m.bytes} min={0} placeholder="0" />
          <TextField path={p('label')} label={m.segmentLabel} optional />
        </>
      )
    case 'firewall':
      return (
        <>
          <SelectField path={p('host')} label={m.faultHost} options={hosts} />
          <NumberField path={p('at')} label={m.from} min={0} />
          <NumberField path={p('until')} label={m.untilMs} min={0} />
          <SelectField
            path={p('direction')}
            label={m.direction}
            fromValue={(v) => (typeof v === 'string' ? v : 'both')}
            options={[
              { value: 'both', label: m.dirBoth },
              { value: 'from', label: m.dirFrom },
              { value: 'to', label: m.dirTo },
            ]}
          />
        </>
      )
    case 'crash':
      return (
        <>
          <SelectField path={p('host')} label={m.faultHost} options={hosts} />
          <NumberField path={p('at')} label={m.crashAt} min={0} />
          <NumberField path={p('rebootAt')} label={m.rebootAt} min={0} />
        </>
      )
    case 'syn-flood':
      return (
        <>
          <SelectField path={p('from')} label={m.attacker} options={hosts} />
          <SelectField path={p('to')} label={m.target} options={hosts} />
          <NumberField path={p('port')} label={m.port} min={1} max={65535} />
          <NumberField path={p('at')} label={m.startAt} min={0} />
          <NumberField path={p('ratePerSec')} label={m.rate} min={1} step={1} />
          <NumberField path={p('count')} label={m.synCount} min={1} />
        </>
      )
  }
}
