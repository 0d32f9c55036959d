// The view model on traces from the real engine: what Wireshark would print for the scenarios the
// questions embed, and agreement with the pcap exporter's capture "on the wire".
import { describe, expect, it } from 'vitest'
import { getScenario, withKnobs } from '@/lib/scenarios'
import { framesFromTrace } from '@/lib/pcap'
import { runScenario } from '@/lib/tcp'
import { buildViewModel } from './model'
import { queueAt } from './queues'

const library = (id: string, knobs = {}) => buildViewModel(runScenario(withKnobs(id, knobs)).trace)

describe('engine traces through the view model', () => {
  it('three-way handshake: SYN Seq=0, SYN-ACK Seq=0 Ack=1, ACK Seq=1 Ack=1', () => {
    const rows = library('three-way-handshake').packets.slice(0, 3)
    expect(rows.map((r) => [r.flags, r.seq, r.ack])).toEqual([
      ['SYN', 0, undefined],
      ['SYN, ACK', 0, 1],
      ['ACK', 1, 1],
    ])
  })

  it('time-wait-final-ack-lost: the FIN comes again as a retransmission and the re-ACK is a dup ACK', () => {
    const rows = library('time-wait-final-ack-lost').packets
    const retrans = rows.filter((r) => r.analysis.includes('retransmission'))
    const dup = rows.filter((r) => r.analysis.includes('dup-ack'))
    expect(retrans.map((r) => r.flags)).toEqual(['FIN, ACK'])
    expect(dup).toHaveLength(1)
    expect(dup[0].info).toMatch(/^\[TCP Dup ACK \d+#1\]/)
    // The dropped ACK and its repeat carry the same numbers: relSeq after 100 bytes and a FIN.
    const dropped = rows.find((r) => r.fate === 'dropped')!
    expect([dropped.seq, dropped.ack]).toEqual([dup[0].seq, dup[0].ack])
    expect(dropped.seq).toBe(102)
  })

  it('time-wait-final-ack-lost with the 2MSL timer restarted by the second FIN', () => {
    const { timers } = library('time-wait-final-ack-lost')
    const timeWait = timers.filter((t) => t.kind === 'time-wait')
    expect(timeWait.map((t) => t.outcome)).toEqual(['rearmed', 'fired'])
    expect(timeWait[1].deadline - timeWait[1].start).toBe(240_000) // RFC profile: 2 × MSL of 2 min
  })

  it('syn-to-closed-port: the RST,ACK shows Seq=1 Ack=1 although its raw sequence number is 0', () => {
    const m = library('syn-to-closed-port')
    const rst = m.packets.find((r) => r.flags.includes('RST'))!
    expect([rst.seq, rst.ack]).toEqual([1, 1])
    expect(m.records.find((r) => r.id === rst.segmentId)!.segment.seq).toBe(0)
  })

  it('keepalive-dead-peer: probes go one byte back and are tagged Keep-Alive', () => {
    const rows = library('keepalive-dead-peer').packets
    const probes = rows.filter((r) => r.analysis.includes('keep-alive'))
    expect(probes.length).toBeGreaterThan(1)
    for (const p of probes) expect(p.len).toBeLessThanOrEqual(1)
  })

  it('syn-flood-cookies: the SYN queue fills to its limit during the flood', () => {
    const m = library('syn-flood-cookies-reference')
    const [series] = m.queues
    const peak = series.points.reduce((most, p) => Math.max(most, p.synQueue), 0)
    expect(peak).toBeGreaterThan(0)
    expect(queueAt(series, series.points.at(-1)!.at)).toBeDefined()
  })

  it('lists exactly the frames the pcap exporter writes for a capture on the wire, in the same order', () => {
    for (const id of ['time-wait-final-ack-lost', 'four-way-close']) {
      const trace = runScenario(getScenario(id)!.scenario).trace
      const frames = framesFromTrace(trace, { at: 'wire' })
      const rows = buildViewModel(trace).packets
      expect(rows.map((r) => [r.source, r.destination, Math.round(r.time * 1e6)])).toEqual(
        frames.map((f) => [f.srcIp, f.dstIp, f.timeUs - frames[0].timeUs]),
      )
    }
  })
})
