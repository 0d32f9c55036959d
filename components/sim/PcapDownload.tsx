/**
 * Downloads the current run as `<scenario-id>.pcap`, captured at one host or on the wire, built
 * by the engine's pcap writer (lib/pcap) in the browser. The player's trace came from the
 * engine's worker without its payload bytes, so a download runs the (deterministic) scenario again
 * here, on the learner's click, for the real bytes.
 */
import { useId, useState } from 'react'
import { Button } from '@/components/ui/Button'
import { type Locale } from '@/lib/i18n/locales'
import { simExtrasMessages } from '@/lib/i18n/messages/sim-extras'
import { traceToPcap, type CapturePoint } from '@/lib/pcap'
import { runScenario, type ScenarioInput } from '@/lib/tcp'
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
  const download = () => {
    const point: CapturePoint = capture === WIRE ? { at: 'wire' } : { at: 'host', host: capture }
    const bytes = traceToPcap(runScenario(scenario).trace, point)
    const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/vnd.tcpdump.pcap' }))
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
      <Button variant="secondary" onClick={download}>
        {m.pcapDownload}
      </Button>
    </div>
  )
}
