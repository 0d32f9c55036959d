'use client'
/**
 * The interactive player: controls, the ladder, each host's state diagram, the listen queues, the
 * time–sequence graph, the packet list with its detail pane and a text transcript, all linked by
 * one selection. Every protocol fact comes from the view model of the engine's trace; React state
 * here holds only view concerns (help open, measured width).
 */
import { type ReactNode, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { simMessages } from '@/lib/i18n/messages/sim'
import { simTcbMessages } from '@/lib/i18n/messages/sim-tcb'
import { engineText } from '@/lib/i18n/reasons'
import { detailRows } from '@/lib/sim-view/detail'
import { seconds } from '@/lib/sim-view/format'
import { type ViewModel } from '@/lib/sim-view/model'
import { sentByTime } from '@/lib/sim-view/packet-list'
import { createPlayer, stepsOf, type Player, type PlayerSnapshot } from '@/lib/sim-view/player'
import { statesAt } from '@/lib/sim-view/states'
import { browserClock } from './browser-clock'
import { Controls } from './Controls'
import { handleShortcut } from './keyboard'
import { LadderPanel } from './LadderPanel'
import { PacketDetail } from './PacketDetail'
import { PacketList } from './PacketList'
import { QueuePanel } from './QueuePanel'
import { StateDiagram } from './StateDiagram'
import { TcbPanel } from './TcbPanel'
import { TimeSeqGraph } from './TimeSeqGraph'
import { Transcript } from './Transcript'
import styles from './sim.module.css'

export interface SimulationPlayerProps {
  model: ViewModel
  locale: Locale
  /** Step to open on (MDX `step={n}`); 0 is the first event. */
  initialStep?: number
  /** Rendered under the packet details for the selected segment (the what-if menu). */
  segmentTools?: (segmentId: number) => ReactNode
  /** When a new run loads, open at the first step at or after this time (a what-if's segment). */
  resumeAt?: number
  /**
   * When a new run loads without `resumeAt` (a knob changed), stay at the same virtual time: the
   * last step at or before it. Otherwise a new run starts at its first step.
   */
  keepPlace?: boolean
  /** Rendered between the controls and the views, with the player (a prediction prompt). */
  overlay?: (player: Player, snap: PlayerSnapshot) => ReactNode
}

export function SimulationPlayer({
  model,
  locale,
  initialStep = 0,
  segmentTools,
  resumeAt,
  keepPlace = false,
  overlay,
}: SimulationPlayerProps) {
  const m = simMessages[locale]
  const id = useId().replace(/:/g, '')
  const [player] = useState(() => createPlayer(model, browserClock, initialStep))
  const snap = useSyncExternalStore(player.subscribe, player.getSnapshot, player.getSnapshot)
  const [helpOpen, setHelpOpen] = useState(false)
  // Where Enter on a ladder segment sends focus (its what-if menu), and where it comes back.
  const tools = useRef<HTMLDivElement>(null)
  const ladderPanel = useRef<HTMLElement>(null)
  const toolsFromKeyboard = useRef(false)
  const [toolsOpened, setToolsOpened] = useState(0)

  // A new run (other scenario or overrides) replaces the old one; leaving the page stops playback.
  useEffect(() => {
    if (player.getSnapshot().model === model) return
    if (resumeAt !== undefined) {
      player.load(model)
      player.seek(
        Math.max(
          0,
          stepsOf(model).findIndex((t) => t >= resumeAt),
        ),
      )
    } else player.load(model, keepPlace ? player.getSnapshot().t : undefined)
  }, [player, model, resumeAt, keepPlace])
  useEffect(() => () => player.pause(), [player])

  const view = snap.model
  // Props below keep their identity until what they show changes, so a hover (which changes only
  // the snapshot's `hovered`) re-renders the ladder, graph and packet list, not every panel, and a
  // step that sends nothing keeps the packet list's rows (issue #16).
  const sentCount = sentByTime(view.records, snap.t)
  const sent = useMemo(() => view.packets.slice(0, sentCount), [view, sentCount])
  const states = useMemo(() => statesAt(view.lanes, snap.t), [view, snap.t])
  const selectedRecord = view.records.find((r) => r.id === snap.selected)
  const details = useMemo(
    () =>
      selectedRecord
        ? detailRows(
            selectedRecord,
            view.rel.get(selectedRecord.id)!,
            view.analysis.get(selectedRecord.id)!,
            m,
            locale,
            view.records[0]?.sentAt,
          )
        : undefined,
    [view, selectedRecord, m, locale],
  )
  const tcbT = snap.steps[snap.step] ?? 0

  const focusSegment = () =>
    ladderPanel.current?.querySelector<HTMLElement>('[role="toolbar"] [tabindex="0"]')?.focus()
  // Enter on a segment opened its what-if menu: focus goes into the menu once it is rendered.
  useEffect(() => {
    if (toolsOpened) tools.current?.querySelector<HTMLElement>('button, input, select')?.focus()
  }, [toolsOpened])
  // A what-if re-ran the scenario and the menu went away with the old selection: focus returns to
  // the ladder's segments rather than being lost.
  useEffect(() => {
    if (!toolsFromKeyboard.current) return
    toolsFromKeyboard.current = false
    if (document.activeElement === document.body || document.activeElement === null) focusSegment()
  }, [view])

  return (
    <div
      className={styles.player}
      onKeyDown={(e) =>
        handleShortcut(e, player, { toggle: () => setHelpOpen((o) => !o), close: () => setHelpOpen(false) })
      }
    >
      <Controls player={player} snap={snap} messages={m} helpOpen={helpOpen} setHelpOpen={setHelpOpen} />
      {overlay?.(player, snap)}
      <div className={styles.views}>
        <section ref={ladderPanel} className={styles.ladderPanel} aria-labelledby={`${id}-ladder-h`}>
          <h4 id={`${id}-ladder-h`} className={styles.panelTitle}>
            {m.ladder}
          </h4>
          <LadderPanel
            view={view}
            snap={snap}
            messages={m}
            onSelect={player.select}
            onHover={player.hover}
            onActivate={(segmentId) => {
              player.select(segmentId)
              if (!segmentTools) return
              toolsFromKeyboard.current = true
              setToolsOpened((n) => n + 1)
            }}
            idPrefix={id}
            labelId={`${id}-ladder-h`}
          />
          <Transcript view={view} t={snap.t} messages={m} locale={locale} />
        </section>
        <div className={styles.side}>
          <section aria-labelledby={`${id}-states-h`}>
            <h4 id={`${id}-states-h`} className={styles.panelTitle}>
              {m.states}
            </h4>
            <div className={styles.stateGrid}>
              {view.hosts
                .filter((h) => view.lanes.some((l) => l.host === h))
                .map((h) => (
                  <StateDiagram
                    key={h}
                    host={h}
                    states={states}
                    messages={m}
                    engineText={engineText(locale)}
                    idPrefix={id}
                  />
                ))}
            </div>
          </section>
          {/* Gauges only where the queues matter (a flood, an overflow), next to the states they explain. */}
          {view.queues
            .filter((q) => q.underPressure)
            .map((q) => (
              <section key={`${q.host}:${q.port}`} aria-labelledby={`${id}-q-${q.host}-${q.port}`}>
                <h4 id={`${id}-q-${q.host}-${q.port}`} className={styles.panelTitle}>
                  {m.queues} · {q.host}:{q.port}
                </h4>
                <QueuePanel series={q} t={snap.t} messages={m} />
              </section>
            ))}
          <section aria-labelledby={`${id}-tcb-h`}>
            <h4 id={`${id}-tcb-h`} className={styles.panelTitle}>
              {simTcbMessages[locale].title}
            </h4>
            <TcbPanel model={view} t={tcbT} selected={snap.selected} locale={locale} idPrefix={id} />
          </section>
        </div>
        {view.timeSeq.length > 0 ? (
          <div className={styles.charts}>
            {view.timeSeq.map((s) => (
              <section key={`${s.stream}-${s.sender}`} aria-labelledby={`${id}-ts-${s.stream}-${s.sender}`}>
                <h4 id={`${id}-ts-${s.stream}-${s.sender}`} className={styles.panelTitle}>
                  {m.timeSeq} · {s.sender}
                </h4>
                <TimeSeqGraph
                  series={s}
                  t={snap.t}
                  selected={snap.selected}
                  hovered={snap.hovered}
                  onSelect={player.select}
                  messages={m}
                />
              </section>
            ))}
          </div>
        ) : null}
        <section className={styles.packetPanel} aria-labelledby={`${id}-packets-h`}>
          <h4 id={`${id}-packets-h`} className={styles.panelTitle}>
            {m.packets}
          </h4>
          <PacketList
            rows={sent}
            selected={snap.selected}
            hovered={snap.hovered}
            onSelect={player.select}
            onHover={player.hover}
            messages={m}
            labelId={`${id}-packets-h`}
          />
        </section>
        <section className={styles.detailPanel} aria-labelledby={`${id}-detail-h`}>
          <h4 id={`${id}-detail-h`} className={styles.panelTitle}>
            {m.packetDetail}
            {selectedRecord ? ` · #${view.records.indexOf(selectedRecord) + 1}` : ''}
          </h4>
          <PacketDetail rows={details} messages={m} labelledBy={`${id}-detail-h`} />
          {selectedRecord && segmentTools ? (
            // Escape in the menu goes back to the segment it was opened from.
            <div
              ref={tools}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && toolsFromKeyboard.current) focusSegment()
              }}
            >
              {segmentTools(selectedRecord.id)}
            </div>
          ) : null}
        </section>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {selectedRecord
          ? format(m.sentBy, { host: selectedRecord.from, t: seconds(selectedRecord.sentAt) })
          : ''}
      </p>
    </div>
  )
}
