import { describe, expect, it } from 'vitest'
import { linuxQuickClose, textbookClose } from '@/lib/scenarios/reference/basics'
import { SYN, ACK } from '../segment'
import { runScenario } from '../sim/runner'

const synWindows = (r: ReturnType<typeof runScenario>) =>
  r.trace.flatMap((e) =>
    e.type === 'segment-sent' && e.segment.flags & SYN
      ? [{ synAck: (e.segment.flags & ACK) !== 0, window: e.segment.window }]
      : [],
  )

describe('window offered in a SYN', () => {
  // Regression (Linux SYN window): the linux profile offered 65 535; Linux rounds its initial
  // space (65 536) down to a multiple of the MSS in tcp_select_initial_window().
  it('linux SYN offers 64 240 (44 × 1460) and its SYN-ACK with timestamps 65 160 (45 × 1448)', () => {
    expect(synWindows(runScenario(linuxQuickClose))).toEqual([
      { synAck: false, window: 64_240 },
      { synAck: true, window: 65_160 },
    ])
  })

  it('linux SYN-ACK without timestamps rounds to the full MSS', () => {
    const params = { timestamps: false }
    const s = {
      ...linuxQuickClose,
      hosts: {
        client: { ...linuxQuickClose.hosts.client, params },
        server: { ...linuxQuickClose.hosts.server, params },
      },
    }
    expect(synWindows(runScenario(s)).map((x) => x.window)).toEqual([64_240, 64_240])
  })

  it('rfc SYN offers the free buffer, 65 535', () => {
    expect(synWindows(runScenario(textbookClose)).map((x) => x.window)).toEqual([65_535, 65_535])
  })
})
