/**
 * Transport controls: restart, step back, play/pause, step forward, a step scrubber and a speed
 * picker, plus the keyboard-shortcut help. Labels come from the locale's table; the buttons keep
 * fixed widths so nothing moves when Play turns into Pause.
 */
import { useId } from 'react'
import { format } from '@/lib/i18n/define'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { formatTime } from '@/lib/sim-view/format'
import { SPEEDS, type Player, type PlayerSnapshot } from '@/lib/sim-view/player'
import styles from './sim.module.css'

interface Props {
  player: Player
  snap: PlayerSnapshot
  messages: SimMessages
  helpOpen: boolean
  setHelpOpen: (open: boolean) => void
}

export function Controls({ player, snap, messages: m, helpOpen, setHelpOpen }: Props) {
  const helpId = useId()
  const speedId = useId()
  const last = Math.max(0, snap.steps.length - 1)
  // After a knob re-ran the scenario, the (live) status also says the learner kept their place.
  const kept = snap.kept ? ` · ${format(m.keptPlace, { t: formatTime(snap.kept.t) })}` : ''
  const status = `${format(m.stepOf, { n: snap.step + 1, total: snap.steps.length })} · ${format(m.atTime, { t: formatTime(snap.t) })}${kept}`
  return (
    <div className={styles.controls}>
      <div className={styles.buttons}>
        <button
          type="button"
          className={styles.ctl}
          onClick={player.restart}
          aria-label={m.restart}
          title={`${m.restart} (R)`}
        >
          <span aria-hidden="true">⟲</span>
        </button>
        <button
          type="button"
          className={styles.ctl}
          onClick={player.stepBack}
          disabled={snap.step === 0}
          aria-label={m.stepBack}
          title={`${m.stepBack} (←)`}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          type="button"
          className={`${styles.ctl} ${styles.play}`}
          onClick={() => player.toggle()}
          title={`${snap.playing ? m.pause : m.play} (Space)`}
        >
          <span aria-hidden="true">{snap.playing ? '⏸' : '▶'}</span> {snap.playing ? m.pause : m.play}
        </button>
        <button
          type="button"
          className={styles.ctl}
          onClick={player.stepForward}
          disabled={snap.step >= last}
          aria-label={m.stepForward}
          title={`${m.stepForward} (→)`}
        >
          <span aria-hidden="true">→</span>
        </button>
      </div>
      <input
        className={styles.scrub}
        type="range"
        min={0}
        max={last}
        step={1}
        value={snap.step}
        aria-label={m.scrub}
        aria-valuetext={status}
        onChange={(e) => player.seek(Number(e.target.value))}
      />
      <label className={styles.speed} htmlFor={speedId}>
        {m.speed}
        <select id={speedId} value={snap.speed} onChange={(e) => player.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <div className={styles.helpWrap}>
        <button
          type="button"
          className={styles.ctl}
          aria-expanded={helpOpen}
          aria-controls={helpId}
          onClick={() => setHelpOpen(!helpOpen)}
          title={`${m.shortcuts} (?)`}
        >
          <span aria-hidden="true">?</span>
          <span className="visually-hidden">{m.shortcuts}</span>
        </button>
        <div id={helpId} role="dialog" aria-label={m.shortcuts} className={styles.help} hidden={!helpOpen}>
          <p className={styles.helpTitle}>{m.shortcuts}</p>
          <dl>
            <dt>
              <kbd>Space</kbd>
            </dt>
            <dd>{m.shortcutPlay}</dd>
            <dt>
              <kbd>←</kbd> <kbd>→</kbd>
            </dt>
            <dd>{m.shortcutStep}</dd>
            <dt>
              <kbd>R</kbd>
            </dt>
            <dd>{m.shortcutRestart}</dd>
            <dt>
              <kbd>?</kbd>
            </dt>
            <dd>{m.shortcutHelp}</dd>
          </dl>
          <button type="button" className={styles.ctl} onClick={() => setHelpOpen(false)}>
            {m.close}
          </button>
        </div>
      </div>
      <p className={styles.status} role="status" aria-live={snap.playing ? 'off' : 'polite'}>
        {status}
      </p>
    </div>
  )
}
