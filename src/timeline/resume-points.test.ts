import { describe, expect, it } from 'vitest'
import { ResumePoints } from './resume-points'

/** Reads `n` entries from `from`, keeping as state the number read, as an index does. */
function read(points: ResumePoints<number>, from: number, n: number): void {
  for (let i = from; i < from + n; i++) if (points.due(i)) points.keep(i)
}

describe('points to resume reading from', () => {
  it('are kept every so many entries, and a few times closer in the newest stretch', () => {
    const points = new ResumePoints<number>(64)
    read(points, 0, 64 * 3 + 20)
    // The newest stretch (past 192) has points every 8 entries; older ones every 64.
    expect(points.before(64 * 3 + 20)).toEqual({ at: 208, state: 208 })
    expect(points.before(207)).toEqual({ at: 200, state: 200 })
    expect(points.before(195)).toEqual({ at: 192, state: 192 })
    expect(points.before(191)).toEqual({ at: 128, state: 128 })
    expect(points.before(63)).toBeNull()
  })

  it('let the closer points go once the next regular one is kept', () => {
    const points = new ResumePoints<number>(64)
    read(points, 0, 64 + 40)
    expect(points.before(64 + 40)?.at).toBe(64 + 32)
    read(points, 64 + 40, 40)
    // Past 128 now: 72…120 are gone, 128 is regular, 136 is the newest stretch's.
    expect(points.before(127)?.at).toBe(64)
    expect(points.before(137)?.at).toBe(136)
  })

  it('hand a branch the points up to where it starts, and it goes on keeping them', () => {
    const parent = new ResumePoints<number>(64)
    read(parent, 0, 64 * 2 + 50)
    const from = parent.before(64 * 2 + 30)!
    expect(from.at).toBe(64 * 2 + 24)
    const copy = parent.upTo(from.at)
    expect(copy.before(10_000)?.at).toBe(from.at)
    expect(copy.before(64 * 2 + 10)?.at).toBe(64 * 2 + 8)
    read(copy, from.at, 100)
    expect(copy.before(64 * 3 + 1)?.at).toBe(64 * 3)
    expect(copy.before(10_000)?.at).toBe(from.at + 96)
    // Past the regular point at 192, the closer ones before it are gone.
    expect(copy.before(64 * 2 + 60)?.at).toBe(64 * 2)
    // The parent is not changed by its copy.
    expect(parent.before(64 * 3 + 1)?.at).toBe(64 * 2 + 48)
  })

  it('keep no point for a stretch read before they start (a copy from a regular point)', () => {
    const parent = new ResumePoints<number>(64)
    read(parent, 0, 64 * 2 + 1)
    const copy = parent.upTo(parent.before(64 * 2 + 5)!.at)
    expect(copy.due(64)).toBe(false)
    expect(copy.due(64 * 2)).toBe(false)
    expect(copy.due(64 * 2 + 8)).toBe(true)
  })
})
