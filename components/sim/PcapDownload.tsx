/**
 * Downloads the current run as `<scenario-id>.pcap`, captured at one host or on the wire, built
 * by the engine's pcap writer (lib/pcap) in the browser. The player's trace came from the
 * engine's worker without its payload bytes, so a download runs the (deterministic) scenario again
 * on the learner's click, for the real bytes: in a worker of its own, never on the page's thread.
 */
import { useId, useState } from 'react'
import { Button } from '@/components/ui/Button'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { simMessages } from '@/lib/i18n/messages/sim'
import { simExtrasMessages } from '@/lib/i18n/messages/sim-extras'
import { type CapturePoint } from '@/lib/pcap'
import { type ScenarioInput } from '@/lib/tcp'
import { pcapInWorker } from './pcap-in-worker'
import simStyles from './sim.module.css'
import styles from './whatif/whatif.module.css'

interface Props {
  scenarioId: string
  /** The scenario the player's run came from. */
  scenario: ScenarioInput
  hosts: readonly string[]
  locale: Locale
}

const WIRE = '(wire)'

export function PcapDownload({ scenarioId, scenario, hosts, locale }: Props) {
  const m = simExtrasMessages[locale]
  const id = useId()
  const [capture, setCapture] = useState(hosts[0] ?? WIRE)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const download = async () => {
    const point: CapturePoint = capture === WIRE ? { at: 'wire' } : { at: 'host', host: capture }
    setBusy(true)
    setError(undefined)
    let bytes: ArrayBuffer
    try {
      bytes = await pcapInWorker(scenario, point)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
      return
    } finally {
      setBusy(false)
    }
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.tcpdump.pcap' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `${scenarioId}.pcap`
    document.body.append(a)
    a.click()
    a.remove()
    // Revoked on the next turn: the click has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
  return (
    <div className={styles.bar}>
      <label htmlFor={`${id}-capture`}>{m.pcapCapture}</label>
      <select id={`${id}-capture`} value={capture} onChange={(e) => setCapture(e.target.value)}>
        {hosts.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
        <option value={WIRE}>{m.pcapWire}</option>
      </select>
      <Button variant="secondary" onClick={download} disabled={busy} aria-busy={busy}>
        {m.pcapDownload}
      </Button>
      {error ? (
        <p className={simStyles.error} role="alert">
          {format(simMessages[locale].error, { message: error })}
        </p>
      ) : null}
    </div>
  )
}
