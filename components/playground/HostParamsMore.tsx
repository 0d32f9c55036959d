'use client'
/**
 * The rest of a host's stack parameters, for learners who want to go past the usual few: segment
 * size and buffers, retransmission limits, ACK timing, ISN choice, queue rules, options. Blank or
 * "(profile default)" leaves the profile's own value, shown as the placeholder.
 */
import { format } from '@/lib/i18n/define'
import { getAt, type Path } from '@/lib/playground/draft'
import { PROFILES, type StackParams } from '@/lib/tcp'
import { NumberField, SelectField } from './fields'
import { useForm } from './form-context'
import styles from './playground.module.css'

const NUMBERS = [
  { key: 'mss', min: 64 },
  { key: 'recvBuffer', min: 1 },
  { key: 'initialWindowSegments', min: 1 },
  { key: 'initialRtoMs', min: 1 },
  { key: 'maxRtoMs', min: 1 },
  { key: 'synRetries', min: 0 },
  { key: 'synLinearTimeouts', min: 0 },
  { key: 'synackRetries', min: 0 },
  { key: 'dataRetries', min: 0 },
  { key: 'delayedAckMs', min: 0 },
  { key: 'finWait2TimeoutMs', min: 0 },
  { key: 'fixedIsn', min: 0 },
] as const satisfies readonly { key: keyof StackParams; min: number }[]

const SWITCHES = [
  'ackFinImmediately',
  'quickAck',
  'timestamps',
  'sackPermitted',
  'tailLossProbe',
  'abortRstAck',
  'timeWaitReopen',
] as const satisfies readonly (keyof StackParams)[]

export function HostParamsMore({ host }: { host: string }) {
  const { draft, m } = useForm()
  const base: Path = ['hosts', host, 'params']
  const profile = getAt(draft, ['hosts', host, 'profile']) === 'rfc' ? 'rfc' : 'linux'
  const defaults = PROFILES[profile]
  const onOff = (v: boolean) => (v ? m.switchOn : m.switchOff)
  const choice = (key: 'isn' | 'queueFullWhen' | 'fastOpen', values: readonly string[]) => (
    <SelectField
      path={[...base, key]}
      label={m[`param_${key}`]}
      emptyLabel={format(m.profileDefaultIs, { value: String(defaults[key]) })}
      options={values.map((v) => ({ value: v, label: v }))}
    />
  )
  return (
    <details className={styles.params}>
      <summary>{m.moreParams}</summary>
      <div className={styles.grid}>
        {NUMBERS.map(({ key, min }) => (
          <NumberField
            key={key}
            path={[...base, key]}
            label={m[`param_${key}`]}
            min={min}
            placeholder={defaults[key] === null ? m.none : String(defaults[key])}
          />
        ))}
        {SWITCHES.map((key) => (
          <SelectField
            key={key}
            path={[...base, key]}
            label={m[`param_${key}`]}
            emptyLabel={format(m.profileDefaultIs, { value: onOff(defaults[key]) })}
            options={[
              { value: 'true', label: m.switchOn },
              { value: 'false', label: m.switchOff },
            ]}
            fromValue={(v) => (typeof v === 'boolean' ? String(v) : '')}
            toValue={(v) => v === 'true'}
          />
        ))}
        {choice('isn', ['clock', 'random', 'fixed'])}
        {choice('queueFullWhen', ['exceeds', 'reaches'])}
        {choice('fastOpen', ['off', 'client', 'server', 'both'])}
      </div>
    </details>
  )
}
