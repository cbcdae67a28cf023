import { describe, expect, it } from 'vitest'
import { isAtEnd, scrollToEnd, scrollToShow, virtualWindow, type ListSize } from './virtual-window'

const size = (count: number): ListSize => ({ count, rowPx: 22, viewportPx: 220 })

/** The rows whose pixels meet the viewport, placed as the list places them. */
function rowsInView(s: ListSize, scrollTopPx: number, maxPx?: number): number[] {
  const w = virtualWindow(s, scrollTopPx, 0, maxPx)
  const seen: number[] = []
  for (let r = w.first; r < w.end; r++) {
    const topPx = r * s.rowPx + w.shiftPx - scrollTopPx
    if (topPx + s.rowPx > 0 && topPx < s.viewportPx) seen.push(r)
  }
  return seen
}

describe('virtualWindow', () => {
  it('renders the rows in view plus the overscan, within the list', () => {
    expect(virtualWindow(size(1000), 0, 3)).toEqual({
      heightPx: 22_000,
      first: 0,
      end: 13,
      shiftPx: 0,
    })
    expect(virtualWindow(size(1000), 2200, 3)).toMatchObject({ first: 97, end: 113 })
    expect(virtualWindow(size(1000), 2211, 3)).toMatchObject({ first: 97, end: 114 })
    expect(virtualWindow(size(1000), scrollToEnd(size(1000)), 3)).toMatchObject({
      first: 987,
      end: 1000,
    })
    expect(virtualWindow(size(4), 0, 3)).toMatchObject({ heightPx: 88, first: 0, end: 4 })
    expect(virtualWindow(size(0), 0, 3)).toMatchObject({ heightPx: 0, first: 0, end: 0 })
  })

  it('compresses a list taller than the browser allows, reaching both ends', () => {
    const s = size(1_000_000)
    const maxPx = 1_000_000
    const w = virtualWindow(s, 0, 0, maxPx)
    expect(w.heightPx).toBe(maxPx)
    expect(rowsInView(s, 0, maxPx)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    const end = scrollToEnd(s, maxPx)
    expect(end).toBe(maxPx - 220)
    expect(rowsInView(s, end, maxPx)).toEqual([
      999_990, 999_991, 999_992, 999_993, 999_994, 999_995, 999_996, 999_997, 999_998, 999_999,
    ])
    // Every row placed is inside the content, so none stretches the scrollbar.
    const last = virtualWindow(s, end, 5, maxPx)
    expect((last.end - 1) * s.rowPx + last.shiftPx + s.rowPx).toBeLessThanOrEqual(maxPx)
  })
})

describe('scrolling to a row', () => {
  it('moves as little as it can to show the row whole', () => {
    const s = size(1000)
    expect(scrollToShow(s, 2200, 100)).toBe(2200)
    expect(scrollToShow(s, 2200, 109)).toBe(2200)
    expect(scrollToShow(s, 2200, 110)).toBe(2222)
    expect(scrollToShow(s, 2200, 99)).toBe(2178)
    expect(scrollToShow(s, 2200, 0)).toBe(0)
    expect(scrollToShow(s, 2211, 100)).toBe(2200)
  })

  it('shows the row in a compressed list too', () => {
    const s = size(1_000_000)
    for (const row of [0, 12_345, 500_000, 999_999]) {
      const top = scrollToShow(s, 0, row, 1_000_000)
      expect(rowsInView(s, top, 1_000_000)).toContain(row)
    }
  })

  it('knows the end, give or take half a row', () => {
    const s = size(1000)
    expect(scrollToEnd(s)).toBe(21_780)
    expect(scrollToEnd(size(5))).toBe(0)
    expect(isAtEnd(s, 21_780)).toBe(true)
    expect(isAtEnd(s, 21_770)).toBe(true)
    expect(isAtEnd(s, 21_760)).toBe(false)
    expect(isAtEnd(size(5), 0)).toBe(true)
  })
})
