import { describe, expect, it } from 'vitest'
import { rowForKey, rowWindow, rowsPerPage, scrollToReveal } from './row-window'

const g = { count: 3000, rowHeight: 20, viewport: 200, overscan: 5 }

describe('rowWindow', () => {
  it('at the top renders the visible rows and the overscan below, with the rest as blank space', () => {
    const w = rowWindow(0, g)
    expect(w).toEqual({ start: 0, end: 16, padTop: 0, padBottom: (3000 - 16) * 20 })
  })

  it('in the middle keeps overscan on both sides and the total height constant', () => {
    const w = rowWindow(1010, g)
    expect(w.start).toBe(50 - 5)
    expect(w.end).toBe(50 + 11 + 5)
    expect(w.padTop + (w.end - w.start) * 20 + w.padBottom).toBe(3000 * 20)
  })

  it('at the bottom stops at the last row', () => {
    const w = rowWindow(3000 * 20 - 200, g)
    expect(w.end).toBe(3000)
    expect(w.padBottom).toBe(0)
  })

  it('renders every row of a short list and nothing of an empty one', () => {
    expect(rowWindow(0, { ...g, count: 11 })).toEqual({ start: 0, end: 11, padTop: 0, padBottom: 0 })
    expect(rowWindow(0, { ...g, count: 0 })).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 })
  })

  it('after the list shrank under a deep scroll position still renders the last rows', () => {
    const w = rowWindow(50_000, { ...g, count: 10 })
    expect(w.end).toBe(10)
    expect(w.start).toBeLessThanOrEqual(w.end)
  })
})

describe('scrollToReveal', () => {
  it('leaves a visible row alone', () => {
    expect(scrollToReveal(3, 0, g)).toBeUndefined()
  })
  it('scrolls up just enough for a row above', () => {
    expect(scrollToReveal(2, 100, g)).toBe(40)
  })
  it('scrolls down just enough for a row below, putting it at the bottom edge', () => {
    expect(scrollToReveal(20, 0, g)).toBe(21 * 20 - 200)
  })
})

describe('rowForKey', () => {
  it('moves by one, a page, or to the ends, within the list', () => {
    expect(rowForKey('ArrowDown', 4, 10, 3)).toBe(5)
    expect(rowForKey('ArrowUp', 0, 10, 3)).toBe(0)
    expect(rowForKey('PageDown', 8, 10, 3)).toBe(9)
    expect(rowForKey('PageUp', 8, 10, 3)).toBe(5)
    expect(rowForKey('Home', 8, 10, 3)).toBe(0)
    expect(rowForKey('End', 2, 10, 3)).toBe(9)
  })
  it('ignores other keys and empty lists', () => {
    expect(rowForKey('ArrowLeft', 2, 10, 3)).toBeUndefined()
    expect(rowForKey('ArrowDown', 0, 0, 3)).toBeUndefined()
  })
  it('pages by a screenful less one row of context', () => {
    expect(rowsPerPage(g)).toBe(9)
  })
})
