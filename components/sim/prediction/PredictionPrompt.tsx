'use client'
/**
 * A prediction prompt (issue #4): when the player reaches the prompt's step it pauses there and
 * asks; the learner picks an answer, checks it against what the engine really did (announced in a
 * live region with the facts from the trace) and continues. Playback cannot run past the pause
 * step while the question is open; stepping ahead by hand is the learner's choice and is allowed.
 * The question and answer come from
 * lib/sim-view/prediction.ts; this component holds only the learner's choice and progress.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { Button } from '@/components/ui/Button'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { simExtrasMessages } from '@/lib/i18n/messages/sim-extras'
import { simPredictMessages } from '@/lib/i18n/messages/sim-predict'
import { engineText, type EngineTextTranslator } from '@/lib/i18n/reasons'
import { formatTime } from '@/lib/sim-view/format'
import { type Player, type PlayerSnapshot } from '@/lib/sim-view/player'
import { promptGate, type PredictionPrompt as Prompt, type PromptStatus } from '@/lib/sim-view/prediction'
import styles from './prediction.module.css'

type Messages = (typeof simPredictMessages)['en']

const CHOICE_KEYS: Record<string, keyof Messages> = {
  syn: 'choiceSyn',
  'syn-ack': 'choiceSynAck',
  ack: 'choiceAck',
  data: 'choiceData',
  'fin-ack': 'choiceFinAck',
  fin: 'choiceFin',
  rst: 'choiceRst',
  'rst-ack': 'choiceRstAck',
  other: 'choiceOther',
}

/** A choice's label: flag combinations are translated, RFC state names are shown as they are. */
export function choiceLabel(id: string, m: Messages): string {
  const key = CHOICE_KEYS[id]
  return key ? m[key] : id
}

function questionText(prompt: Prompt, m: Messages): string {
  const q = prompt.question
  if (q.kind === 'next-segment') return format(m.nextSegment, { host: q.host })
  return q.after === 'segment'
    ? format(m.stateAfterSegment, { host: q.host })
    : format(m.stateAtTime, { host: q.host, t: formatTime(q.at) })
}

function explanationText(prompt: Prompt, m: Messages, tr: EngineTextTranslator): string {
  const e = prompt.explanation
  if (e.kind === 'segment') {
    const values = {
      host: e.host,
      no: e.no,
      t: formatTime(e.sentAt),
      flags: e.flags,
      seq: e.relSeq,
      len: e.len,
    }
    const main =
      e.relAck === undefined
        ? format(m.segmentFactNoAck, values)
        : format(m.segmentFact, { ...values, ack: e.relAck })
    return e.reason ? `${main} ${format(m.reasonNote, { reason: tr.sendReason(e.reason) })}` : main
  }
  if (!e.entered) return format(m.stateFactNone, { host: e.host })
  return format(m.stateFact, {
    host: e.host,
    from: e.entered.from,
    state: e.state,
    t: formatTime(e.entered.at),
    cause: tr.reason(e.entered.cause),
  })
}

interface Props {
  prompt: Prompt
  player: Player
  snap: PlayerSnapshot
  locale: Locale
  /** Told once per checked answer, with what the engine's trace says (review cards grade on it). */
  onAnswer?: (answer: { choiceId: string; correct: boolean }) => void
}

export function PredictionPrompt({ prompt, player, snap, locale, onAnswer }: Props) {
  const m = simPredictMessages[locale]
  const id = useId().replace(/:/g, '')
  // Progress belongs to one prompt: a new run (knob, what-if) derives a new prompt and starts over.
  const [state, setState] = useState<{
    prompt: Prompt
    status: PromptStatus
    choice?: string
    nudge: boolean
  }>({
    prompt,
    status: 'waiting',
    nudge: false,
  })
  const current = state.prompt === prompt ? state : { prompt, status: 'waiting' as const, nudge: false }
  if (current !== state) setState(current)
  const { status, choice, nudge } = current

  const gate = promptGate(snap, prompt.pauseAtStep, status)
  const reached = status === 'waiting' && snap.step === prompt.pauseAtStep && !snap.playing
  // Focus goes to the question when it opens and back where it was (usually Play) when it closes.
  const form = useRef<HTMLFormElement>(null)
  const returnFocus = useRef<HTMLElement | null>(null)
  const continueButton = useRef<HTMLButtonElement>(null)
  const close = (play: boolean) => {
    setState({ ...current, status: 'done' })
    if (play) player.play()
    if (returnFocus.current?.isConnected) returnFocus.current.focus()
    returnFocus.current = null
  }
  useEffect(() => {
    if (status !== 'asking' || returnFocus.current) return
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    form.current?.focus()
  }, [status])
  // The checked fieldset is disabled, so focus moves on to Continue rather than to the page.
  useEffect(() => {
    if (status === 'answered') continueButton.current?.focus()
  }, [status])
  useEffect(() => {
    if (gate === 'pause') player.pause()
  }, [gate, player])
  // Playing on after the result (the player's own Play button) closes the prompt like Continue.
  const playedOn = status === 'answered' && snap.playing
  useEffect(() => {
    if (playedOn) setState((s) => (s.prompt === prompt ? { ...s, status: 'done' } : s))
  }, [playedOn, prompt])
  useEffect(() => {
    if (reached)
      setState((s) => (s.prompt === prompt && s.status === 'waiting' ? { ...s, status: 'asking' } : s))
  }, [reached, prompt])

  if (status === 'done') return null
  const waiting = status === 'waiting'
  const correct = choice === prompt.correctChoiceId
  const answer = choiceLabel(prompt.correctChoiceId, m)

  // While waiting, the question is laid out but hidden (inert), with a one-line notice over it:
  // its place is kept, so nothing below moves when playback pauses and it appears.
  return (
    <div className={styles.slot}>
      {waiting ? (
        <p className={styles.ahead}>
          <span className={styles.badge}>{m.title}</span>
          {format(simExtrasMessages[locale].predictAhead, { n: prompt.pauseAtStep + 1 })}
        </p>
      ) : null}
      <form
        ref={form}
        tabIndex={-1}
        className={`${styles.prompt} ${waiting ? styles.waiting : ''}`}
        inert={waiting}
        aria-labelledby={`${id}-q`}
        onSubmit={(e) => {
          e.preventDefault()
          if (status !== 'asking') return
          setState({ ...current, status: choice ? 'answered' : 'asking', nudge: !choice })
          if (choice) onAnswer?.({ choiceId: choice, correct: choice === prompt.correctChoiceId })
        }}
      >
        <fieldset disabled={status === 'answered'}>
          <legend id={`${id}-q`}>
            <span className={styles.badge}>{m.title}</span>
            {questionText(prompt, m)}
          </legend>
          <ul className={styles.choices}>
            {prompt.choices.map((c) => (
              <li key={c.id}>
                <label>
                  <input
                    type="radio"
                    name={`${id}-choice`}
                    value={c.id}
                    checked={choice === c.id}
                    onChange={() => setState({ ...current, choice: c.id, nudge: false })}
                  />
                  {choiceLabel(c.id, m)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className={styles.actions}>
          {status === 'asking' ? (
            <>
              <Button type="submit">{m.check}</Button>
              <Button variant="secondary" onClick={() => close(false)}>
                {m.skip}
              </Button>
            </>
          ) : (
            <Button ref={continueButton} onClick={() => close(true)}>
              {m.continue}
            </Button>
          )}
        </div>
        <div className={styles.result} aria-live="polite" aria-atomic="true">
          {status === 'answered' ? (
            <p>
              <span className={correct ? styles.right : styles.wrong}>
                {format(correct ? m.correct : m.wrong, { answer })}
              </span>{' '}
              {explanationText(prompt, m, engineText(locale))}
            </p>
          ) : nudge ? (
            <p>{m.pickOne}</p>
          ) : null}
        </div>
      </form>
    </div>
  )
}
