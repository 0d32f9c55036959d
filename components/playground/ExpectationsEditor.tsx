'use client'
/**
 * What the learner expects the run to show: a state reached or never entered, the state a host
 * ends in, an error the application is told, how many segments match a filter, how long the
 * close takes, a note in the trace. Each is checked after the run and marked ✓ or ✗.
 */
import { format } from '@/lib/i18n/define'
import { appendAt, getAt, setAt, type Path } from '@/lib/playground/draft'
import {
  EXPECTATION_KINDS,
  expectationKind,
  expectationTemplate,
  switchExpectationKind,
  type ExpectationKind,
} from '@/lib/playground/templates'
import { SOCKET_ERRORS, TCP_STATES } from '@/lib/tcp'
import { Button } from '@/components/ui/Button'
import { IssueText, NumberField, SelectField, TextField, useHostOptions } from './fields'
import { fieldId, useForm } from './form-context'
import { ItemControls } from './ItemControls'
import { SegmentFilterFields } from './SegmentFilterFields'
import styles from './playground.module.css'

const STATE_OPTIONS = TCP_STATES.map((s) => ({ value: s, label: s }))
const ERROR_OPTIONS = SOCKET_ERRORS.map((e) => ({ value: e, label: e }))

export function ExpectationsEditor() {
  const { draft, edit, m } = useForm()
  const hosts = useHostOptions().map((h) => h.value)
  const list = getAt(draft, ['expect'])
  const items = Array.isArray(list) ? list : []
  return (
    <section className={styles.section} aria-labelledby="pg-expect">
      <h2 id="pg-expect">{m.expectations}</h2>
      <p className={styles.hint}>{m.expectationsHint}</p>
      {items.map((_, i) => (
        <ExpectationCard key={i} path={['expect', i]} count={items.length} />
      ))}
      <Button
        id="pg-add-expectation"
        variant="secondary"
        onClick={() => edit((d) => appendAt(d, ['expect'], expectationTemplate('passesThrough', hosts)))}
      >
        {m.addExpectation}
      </Button>
    </section>
  )
}

function ExpectationCard({ path, count }: { path: Path; count: number }) {
  const { draft, edit, m } = useForm()
  const hosts = useHostOptions().map((h) => h.value)
  const n = (path[path.length - 1] as number) + 1
  const kind = expectationKind(getAt(draft, path))
  return (
    <fieldset className={styles.card}>
      <legend>{format(m.expectation, { n })}</legend>
      <IssueText path={path} id={`${fieldId(path)}-issue`} />
      <div className={styles.grid}>
        <SelectField
          path={[...path, '$kind']}
          label={m.expectKind}
          fromValue={() => kind ?? ''}
          options={EXPECTATION_KINDS.map((k) => ({ value: k, label: m[`expect_${k}`] }))}
          onPick={(k) =>
            edit((d) => setAt(d, path, switchExpectationKind(getAt(d, path), k as ExpectationKind, hosts)))
          }
        />
        {kind ? <KindFields kind={kind} path={path} /> : null}
      </div>
      {kind === 'segments' ? (
        <fieldset className={styles.action}>
          <legend>{m.matching}</legend>
          <IssueText path={[...path, 'segments']} id={`${fieldId([...path, 'segments'])}-issue`} />
          <div className={styles.grid}>
            <SegmentFilterFields path={[...path, 'segments']} />
          </div>
        </fieldset>
      ) : null}
      <ItemControls
        path={path}
        count={count}
        addButtonId="pg-add-expectation"
        labels={{ up: m.moveExpectationUp, down: m.moveExpectationDown, remove: m.removeExpectation }}
      />
    </fieldset>
  )
}

function KindFields({ kind, path }: { kind: ExpectationKind; path: Path }) {
  const { m } = useForm()
  const hosts = useHostOptions()
  const p = (field: string) => [...path, field]
  const host = <SelectField path={p('host')} label={m.expectHost} options={hosts} />
  switch (kind) {
    case 'passesThrough':
    case 'neverEnters':
      return (
        <>
          {host}
          <SelectField path={p(kind)} label={m.state} options={STATE_OPTIONS} />
        </>
      )
    case 'endsIn':
      return (
        <>
          {host}
          <SelectField path={p('endsIn')} label={m.state} options={STATE_OPTIONS} />
          <SelectField path={p('error')} label={m.withError} options={ERROR_OPTIONS} emptyLabel={m.noError} />
        </>
      )
    case 'appError':
      return (
        <>
          {host}
          <SelectField path={p('appError')} label={m.socketError} options={ERROR_OPTIONS} />
        </>
      )
    case 'segments':
      return (
        <>
          <NumberField path={p('atLeast')} label={m.atLeast} min={0} />
          <NumberField path={p('atMost')} label={m.atMost} min={0} />
          <NumberField path={p('exactly')} label={m.exactly} min={0} />
        </>
      )
    case 'closeSegments':
      return <NumberField path={p('closeSegments')} label={m.closeSegments} min={0} />
    case 'note':
      return <TextField path={p('note')} label={m.noteText} />
  }
}
