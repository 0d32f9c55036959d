/**
 * One host's connections on the RFC 9293 state diagram: the current state of each connection is
 * filled, the transition that led to the newest one is drawn bold (dashed when it is not one of the
 * figure's arrows, such as a RST or a Linux timeout).
 */
import { memo } from 'react'
import { format } from '@/lib/i18n/define'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { type EngineTextTranslator } from '@/lib/i18n/reasons'
import { stateCounts, type HostStateAt } from '@/lib/sim-view/states'
import { EDGES, NODE_H, NODE_W, NODES, edgePoints, nodeFor, type DiagramNode } from './state-diagram-geometry'
import styles from './sim.module.css'

interface Props {
  host: string
  /** Every host's connections at the cursor, from statesAt(); the diagram picks this host's. */
  states: readonly HostStateAt[]
  messages: SimMessages
  /** Puts the engine's cause of the last transition in the reader's language. */
  engineText: EngineTextTranslator
  idPrefix: string
}

/** Memoized: its props change with the cursor, not with a hover elsewhere in the player. */
export const StateDiagram = memo(function StateDiagram({
  host,
  states: allStates,
  messages: m,
  engineText: tr,
  idPrefix,
}: Props) {
  const states = allStates.filter((s) => s.host === host)
  const newest = [...states].sort((a, b) => a.entered.at - b.entered.at).at(-1)
  const current = new Set<DiagramNode>(states.map((s) => nodeFor(s.state, s.entered.from)))
  const last = newest
    ? { from: nodeFor(newest.entered.from), to: nodeFor(newest.state, newest.entered.from) }
    : undefined
  const lastIsFigureEdge = last && EDGES.some((e) => e.from === last.from && e.to === last.to)
  const captionId = `${idPrefix}-state-${host}`
  return (
    <figure className={styles.stateFigure}>
      <svg className={styles.stateSvg} viewBox="0 0 320 360" role="img" aria-labelledby={captionId}>
        <defs>
          {(['edge', 'hot'] as const).map((kind) => (
            <marker
              key={kind}
              id={`${captionId}-${kind}`}
              viewBox="0 0 8 8"
              refX="8"
              refY="4"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0,0L8,4L0,8z" className={kind === 'hot' ? styles.markerHot : styles.marker} />
            </marker>
          ))}
        </defs>
        {EDGES.map((e) => {
          const p = edgePoints(e.from, e.to)
          const hot = last && last.from === e.from && last.to === e.to
          return (
            <line
              key={`${e.from}-${e.to}`}
              className={hot ? styles.edgeHot : styles.edge}
              markerEnd={`url(#${captionId}-${hot ? 'hot' : 'edge'})`}
              {...p}
            >
              <title>{`${e.from} → ${e.to}: ${e.rule}`}</title>
            </line>
          )
        })}
        {last && !lastIsFigureEdge && last.from !== last.to ? (
          <line
            className={`${styles.edgeHot} ${styles.edgeExtra}`}
            markerEnd={`url(#${captionId}-hot)`}
            {...edgePoints(last.from, last.to)}
          />
        ) : null}
        {(Object.keys(NODES) as DiagramNode[]).map((n) => {
          const { x, y, label } = NODES[n]
          const on = current.has(n)
          return (
            <g key={n} className={on ? styles.nodeOn : styles.node}>
              <rect x={x - NODE_W / 2} y={y - NODE_H / 2} width={NODE_W} height={NODE_H} rx={5} />
              <text x={x} y={y + 4} textAnchor="middle">
                {label}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption id={captionId} className={styles.stateCaption}>
        <strong>{format(m.stateDiagram, { host })}</strong>
        <br />
        {states.length === 0
          ? m.noState
          : states.length === 1
            ? format(m.currentState, { state: states[0].state })
            : // A flooded listener has dozens of connections: each state once, with its count.
              format(m.currentStates, {
                states: stateCounts(states)
                  .map(({ state, count }) =>
                    count === 1 ? state : format(m.stateCount, { state, n: count }),
                  )
                  .join(' · '),
              })}
        {newest ? (
          <>
            <br />
            {format(m.lastTransition, {
              from: newest.entered.from,
              to: newest.state,
              cause: tr.reason(newest.entered.cause),
            })}
          </>
        ) : null}
      </figcaption>
    </figure>
  )
})
