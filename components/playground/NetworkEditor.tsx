'use client'
/**
 * The network every segment crosses: one latency, jitter and loss rate (per-link values are JSON-only).
 * Placeholders show the schema's defaults, which apply when a field is left blank.
 */
import { NumberField } from './fields'
import { useForm } from './form-context'
import styles from './playground.module.css'

export function NetworkEditor() {
  const { m } = useForm()
  return (
    <section className={styles.section} aria-labelledby="pg-network">
      <h2 id="pg-network">{m.network}</h2>
      <div className={styles.grid}>
        <NumberField path={['network', 'latencyMs']} label={m.latencyMs} min={0} placeholder="10" />
        <NumberField path={['network', 'jitterMs']} label={m.jitterMs} min={0} placeholder="0" />
        <NumberField path={['network', 'loss']} label={m.loss} min={0} max={1} step={0.01} placeholder="0" />
      </div>
    </section>
  )
}
