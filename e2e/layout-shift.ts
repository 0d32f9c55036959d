// Layout shifts as the page records them (PerformanceObserver 'layout-shift'), for specs that
// assert a page or a widget does not move under the reader. Shifts right after the reader's own
// input are left out, as Cumulative Layout Shift leaves them out.
import { type Page } from '@playwright/test'

type Shift = { value: number; sources: string[] }
type ShiftWindow = { shifts: Shift[] }

/** Starts recording; `buffered` includes the shifts since the page began loading. */
export async function watchLayoutShifts(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as ShiftWindow
    w.shifts = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        value: number
        hadRecentInput: boolean
        sources: { node?: Node }[]
      }[]) {
        if (e.hadRecentInput) continue
        const sources = e.sources.map((s) =>
          s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName),
        )
        w.shifts.push({ value: e.value, sources })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** Forgets the shifts recorded so far (those of loading, say). */
export async function clearLayoutShifts(page: Page) {
  await page.evaluate(() => ((window as unknown as ShiftWindow).shifts.length = 0))
}

/** The shifts recorded since watching (or clearing) began, and their sum: the score to assert. */
export async function layoutShifts(page: Page): Promise<{ score: number; shifts: Shift[] }> {
  const shifts = await page.evaluate(() => (window as unknown as ShiftWindow).shifts)
  return { score: shifts.reduce((sum, s) => sum + s.value, 0), shifts }
}
