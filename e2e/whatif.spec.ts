// What-if journeys (issue #4): a fault on one picked segment, a knob that decides a SYN flood, and
// the pcap download. Every assertion reads views derived from the engine's trace.
import { readFile } from 'node:fs/promises'
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'

const simulation = (page: Page, title: RegExp) => page.getByRole('region', { name: title })

/** Scrolls to the embed so its interactive player loads (it waits until it is near the viewport). */
async function openPlayer(page: Page, title: RegExp) {
  const sim = simulation(page, title)
  await sim.scrollIntoViewIfNeeded()
  await expect(sim.getByRole('slider', { name: 'Step' })).toBeVisible({ timeout: 45_000 })
  return sim
}
const TIME_WAIT = /Simulation: TIME-WAIT when the final ACK is lost/

/**
 * Jumps the player to the last step of its latest run, as the keyboard does. A what-if or a knob
 * starts a re-run in the worker while the previous run stays on screen, so wait for the re-run to
 * arrive first: End pressed before it would jump to the end of the old run.
 */
async function toEnd(sim: ReturnType<typeof simulation>) {
  await expect(sim.getByText(/^Running the simulation…/)).toHaveCount(0, { timeout: 30_000 })
  const scrubber = sim.getByRole('slider', { name: 'Step' })
  await scrubber.focus()
  await scrubber.press('End')
  await expect(sim.getByRole('status').filter({ hasText: /^Step (\d+) of \1 / })).toBeVisible()
}

test('on the TIME-WAIT question, dropping the final ACK from the ladder retransmits the FIN, which is re-acknowledged from TIME-WAIT, and the 2MSL timer restarts', async ({
  page,
}) => {
  await page.goto('/questions/time-wait-2msl')
  const sim = await openPlayer(page, TIME_WAIT)
  // Start from a run where nothing is lost.
  const drops = sim.getByRole('slider', { name: 'Final ACKs lost' })
  await drops.focus()
  await drops.press('Home')
  await expect(drops).toHaveValue('0')
  await toEnd(sim)
  const packets = sim.getByRole('table', { name: 'Packet list' })
  const retransmittedFin = packets.getByRole('row', { name: /\[TCP Retransmission\].*\[FIN, ACK\]/ })
  await expect(retransmittedFin).toHaveCount(0)

  // The last packet is the client's ACK of the server's FIN; pick its arrow in the ladder.
  const finalAck = packets.getByRole('row').last()
  await expect(finalAck).toContainText('[ACK]')
  const segmentId = await finalAck.getAttribute('data-segment')
  const ladder = sim.getByRole('img', { name: /Sequence diagram/ })
  await ladder.locator(`g[data-segment="${segmentId}"] text`).click()
  const menu = sim.getByRole('group', { name: /What if… \(packet #\d+\)/ })
  await menu.getByRole('button', { name: 'Drop it' }).click()
  await expect(sim.getByRole('status').filter({ hasText: '1 what-if change(s) applied' })).toBeVisible()

  await toEnd(sim)
  await expect(retransmittedFin).toHaveCount(1)
  // The client's second ACK of the same FIN, sent from TIME-WAIT.
  await expect(packets.getByRole('row', { name: /\[TCP Dup ACK/ })).toHaveCount(1)
  await sim.getByText('Text transcript').click()
  await expect(
    sim.getByRole('listitem').filter({ hasText: 'retransmitted FIN in TIME-WAIT: re-ACK and restart' }),
  ).toHaveCount(1)
  await expect(sim.getByRole('listitem').filter({ hasText: /client → server: ACK.*dropped/ })).toHaveCount(1)
  // The client's TIME-WAIT timer bar ends where it was re-armed, and a second one follows.
  const timeWaitBars = ladder.locator('rect title').filter({ hasText: /^client: 2MSL \/ TIME-WAIT/ })
  await expect(timeWaitBars).toHaveCount(2)
  await expect(timeWaitBars.filter({ hasText: '(rearmed)' })).toHaveCount(1)

  // Reset restores the scenario as the learner had it: no retransmission.
  await sim.getByRole('button', { name: 'Reset what-ifs' }).click()
  await toEnd(sim)
  await expect(retransmittedFin).toHaveCount(0)
})

test('in the SYN-flood scenario, switching SYN cookies off makes the legitimate client fail, switching them on lets it connect', async ({
  page,
}) => {
  // Thousands of flood segments: each re-run and render takes seconds.
  test.setTimeout(180_000)
  await page.goto('/questions/syn-flood-syn-cookies')
  const sim = await openPlayer(page, /Simulation: SYN flood: cookies let the real client in/)
  const cookies = sim.getByRole('checkbox', { name: 'SYN cookies (tcp_syncookies)' })
  await expect(cookies).toBeChecked()
  await sim.getByText('Text transcript').click()
  const clientLine = (text: string) => sim.getByRole('listitem').filter({ hasText: `client ${text}` })

  await cookies.uncheck()
  await toEnd(sim)
  await expect(clientLine('SYN-SENT → CLOSED (retransmissions exhausted)')).toHaveCount(1)
  await expect(clientLine('SYN-SENT → ESTABLISHED')).toHaveCount(0)

  await cookies.check()
  await toEnd(sim)
  await expect(clientLine('SYN-SENT → ESTABLISHED')).toHaveCount(1)
  await expect(clientLine('SYN-SENT → CLOSED')).toHaveCount(0)
})

test('a downloaded pcap starts with a pcap header and holds the expected number of frames', async ({
  page,
}) => {
  await page.goto('/questions/time-wait-2msl')
  const sim = await openPlayer(page, TIME_WAIT)
  await toEnd(sim)
  const rows = await sim.getByRole('table', { name: 'Packet list' }).locator('tbody').getByRole('row').count()
  await expect(sim.getByRole('combobox', { name: 'Capture point' })).toHaveValue('client')

  // The file is built in a worker of its own: the click starts one, and the page runs no engine.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.waitForEvent('worker'),
    sim.getByRole('button', { name: 'Download pcap' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('time-wait-final-ack-lost.pcap')
  const bytes = await readFile((await download.path())!)
  expect(bytes.readUInt32LE(0)).toBe(0xa1b2c3d4)
  // 24-byte global header, then records of a 16-byte header plus the captured length.
  let frames = 0
  for (let at = 24; at < bytes.length; at += 16 + bytes.readUInt32LE(at + 8)) frames++
  expect(frames).toBe(rows)
  expect(rows).toBe(11)
})
