/**
 * Windowing for long lists of fixed-height rows (the SYN flood's packet list has thousands): which
 * rows to render for a scroll position, how much blank space stands in for the rest, and where to
 * scroll so a given row is fully visible. Pure arithmetic, so the component stays small.
 */

export interface RowWindow {
  /** First row to render (inclusive). */
  readonly start: number
  /** Row after the last one to render (exclusive). */
  readonly end: number
  /** Height of the blank space above the first rendered row. */
  readonly padTop: number
  /** Height of the blank space below the last rendered row. */
  readonly padBottom: number
}

export interface RowGeometry {
  readonly count: number
  readonly rowHeight: number
  /** Visible height of the scroll box's body (its client height minus a sticky header). */
  readonly viewport: number
  /** Rows rendered beyond each edge, so fast scrolling does not show blank space first. */
  readonly overscan: number
}

/** The rows to render when the body is scrolled `scrollTop` pixels down. */
export function rowWindow(scrollTop: number, g: RowGeometry): RowWindow {
  const h = Math.max(1, g.rowHeight)
  const firstVisible = Math.floor(Math.max(0, scrollTop) / h)
  const visible = Math.ceil(Math.max(0, g.viewport) / h) + 1
  const start = Math.max(0, Math.min(g.count, firstVisible - g.overscan))
  const end = Math.max(start, Math.min(g.count, firstVisible + visible + g.overscan))
  return { start, end, padTop: start * h, padBottom: (g.count - end) * h }
}

/**
 * The scroll position that brings row `index` fully into view with the least movement, or
 * undefined when it is already visible.
 */
export function scrollToReveal(
  index: number,
  scrollTop: number,
  g: Pick<RowGeometry, 'rowHeight' | 'viewport'>,
): number | undefined {
  const top = index * g.rowHeight
  const bottom = top + g.rowHeight
  if (top < scrollTop) return top
  if (bottom > scrollTop + g.viewport) return Math.max(0, bottom - g.viewport)
  return undefined
}

/** How many rows a Page Up / Page Down moves: one screenful, at least one row. */
export function rowsPerPage(g: Pick<RowGeometry, 'rowHeight' | 'viewport'>): number {
  return Math.max(1, Math.floor(g.viewport / Math.max(1, g.rowHeight)) - 1)
}

/**
 * The row a navigation key moves to from row `current` in a list of `count` rows (grid keys:
 * arrows by one, Page keys by a screenful, Home/End to the ends); undefined for other keys.
 */
export function rowForKey(key: string, current: number, count: number, page: number): number | undefined {
  if (count === 0) return undefined
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i))
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1)
    case 'ArrowUp':
      return clamp(current - 1)
    case 'PageDown':
      return clamp(current + page)
    case 'PageUp':
      return clamp(current - page)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return undefined
  }
}
