'use client'
/**
 * The connection-variables panel: for one endpoint's connection at the player's step, the RFC 9293
 * TCB variables, RFC 6298 round-trip estimates and armed timers, read from the engine's snapshot
 * (a Replay of the run's own scenario, so it matches the trace event for event). The host choice
 * is the only state held here; the connection follows the selected segment (lib/sim-view/tcb.ts).
 */
import { memo, type ReactNode, useEffect, useMemo, useState } from 'react'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { simMessages } from '@/lib/i18n/messages/sim'
import { simTcbMessages, type SimTcbMessages } from '@/lib/i18n/messages/sim-tcb'
import { formatTime } from '@/lib/sim-view/format'
import { type ViewModel } from '@/lib/sim-view/model'
import { eventIndexAt, tcbView, timerKindsOf, type SeqValue } from '@/lib/sim-view/tcb'
import { Replay } from '@/lib/tcp'
import { primeInIdleTime } from './prime-in-idle-time'
import styles from './tcb.module.css'

interface Props {
  model: ViewModel
  /** Virtual time of the player's current step. */
  t: number
  /** The selected segment's id: the panel shows the connection it belongs to. */
  selected?: number
  locale: Locale
  idPrefix: string
}

const msText = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))

function SeqCell({ v, m }: { v: SeqValue | undefined; m: SimTcbMessages }) {
  if (!v) return <span title={m.unknown}>—</span>
  const raw = format(m.raw, { n: v.raw })
  return (
    <span title={raw}>
      {v.rel}
      <span className="visually-hidden"> ({raw})</span>
    </span>
  )
}

export const TcbPanel = memo(function TcbPanel({ model, t, selected, locale, idPrefix }: Props) {
  const m = simTcbMessages[locale]
  const timerNames = simMessages[locale]
  // One Replay per run: seeking is cheap (checkpoints), and the scenario is the run's own.
  const replay = useMemo(() => (model.scenario ? new Replay(model.scenario) : undefined), [model])
  // Checkpoints laid while the learner reads: a seek far ahead then costs one fork, not a re-run.
  useEffect(() => (replay ? primeInIdleTime(replay) : undefined), [replay])
  const hosts = useMemo(
    () => model.hosts.filter((h) => model.lanes.some((l) => l.host === h)),
    [model.hosts, model.lanes],
  )
  const [chosen, setChosen] = useState<string>()
  const host = chosen !== undefined && hosts.includes(chosen) ? chosen : hosts[0]
  const kinds = useMemo(() => (host ? timerKindsOf(model.trace, host) : []), [model.trace, host])
  const index = eventIndexAt(model.trace, t)
  const snapshot = useMemo(
    () => (replay ? replay.at(Math.max(0, index)).snapshot : undefined),
    [replay, index],
  )
  const segment = model.records.find((r) => r.id === selected)?.segment
  const view = snapshot && host && index >= 0 ? tcbView(snapshot, host, kinds, segment) : undefined

  if (!replay || !host) return <p className={styles.muted}>{m.noScenario}</p>

  const row = (name: ReactNode, hint: string, value: ReactNode, key: string) => (
    <tr key={key}>
      <th scope="row">
        <span className={styles.name}>{name}</span>
        <span className={styles.hint}>{hint}</span>
      </th>
      <td>{value}</td>
    </tr>
  )
  const ms = (n: number | null | undefined) =>
    n === null || n === undefined ? m.noSample : format(m.ms, { n: msText(n) })

  return (
    <div className={styles.panel}>
      {hosts.length > 1 ? (
        <fieldset className={styles.hosts}>
          <legend>{m.endpoint}</legend>
          {hosts.map((h) => (
            <label key={h}>
              <input
                type="radio"
                name={`${idPrefix}-tcb-host`}
                value={h}
                checked={h === host}
                onChange={() => setChosen(h)}
              />
              {h}
            </label>
          ))}
        </fieldset>
      ) : null}
      {/* The caption line is always present, so the table never moves when a connection appears. */}
      <p className={styles.conn} aria-live="off">
        {view
          ? format(m.connection, { local: view.local, remote: view.remote })
          : format(m.noConnection, { host })}
      </p>
      <table className={styles.table} aria-describedby={`${idPrefix}-tcb-note`}>
        <caption className="visually-hidden">{m.title}</caption>
        <colgroup>
          <col className={styles.nameCol} />
          <col className={styles.valueCol} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{m.variable}</th>
            <th scope="col">{m.value}</th>
          </tr>
        </thead>
        <tbody>
          {row(m.state, m.stateHint, view?.state ?? '—', 'state')}
          {row('SND.UNA', m.sndUnaHint, <SeqCell v={view?.sndUna} m={m} />, 'snd-una')}
          {row('SND.NXT', m.sndNxtHint, <SeqCell v={view?.sndNxt} m={m} />, 'snd-nxt')}
          {row('SND.WND', m.sndWndHint, view ? format(m.bytes, { n: view.sndWnd }) : '—', 'snd-wnd')}
          {row('RCV.NXT', m.rcvNxtHint, <SeqCell v={view?.rcvNxt} m={m} />, 'rcv-nxt')}
          {row('RCV.WND', m.rcvWndHint, view ? format(m.bytes, { n: view.rcvWnd }) : '—', 'rcv-wnd')}
          {row('ISS', m.issHint, <SeqCell v={view?.iss} m={m} />, 'iss')}
          {row('IRS', m.irsHint, <SeqCell v={view?.irs} m={m} />, 'irs')}
          {row('SRTT', m.srttHint, view ? ms(view.srttMs) : '—', 'srtt')}
          {row('RTTVAR', m.rttvarHint, view ? ms(view.rttvarMs) : '—', 'rttvar')}
          {row('RTO', m.rtoHint, view ? ms(view.rtoMs) : '—', 'rto')}
        </tbody>
        {kinds.length > 0 ? (
          <tbody>
            <tr>
              <th scope="rowgroup" colSpan={2} className={styles.group}>
                {m.timers}
              </th>
            </tr>
            {kinds.map((k) => {
              const timer = view?.timers.find((x) => x.kind === k)
              return (
                <tr key={k}>
                  <th scope="row">
                    <span className={styles.name}>{timerNames[`timer_${k}`]}</span>
                  </th>
                  <td className={timer?.remainingMs === undefined ? styles.off : undefined}>
                    {timer?.remainingMs === undefined
                      ? m.timerOff
                      : format(m.timerLeft, { left: formatTime(timer.remainingMs) })}
                  </td>
                </tr>
              )
            })}
          </tbody>
        ) : null}
      </table>
      <p id={`${idPrefix}-tcb-note`} className={styles.note}>
        {m.note}
      </p>
    </div>
  )
})
