import { describe, expect, it } from 'vitest'
import { layoutDiagram, type ArrowShape, type Frame, type Layout } from './geometry'
import { planSettled, settledKey, type SettledLayers } from './settled'
import type { Palette } from './palette'
import type { Emphasis } from './draw'
import type { Arrow, Mark, SpacetimeWindow } from '../../timeline/spacetime/types'
import { createRng, nextFloat } from '../../sim/prng'

const LANES = ['n1', 'n2', 'n3', 'clients']
const FRAME_MS = 16.7

const frame = (cursorMs: number, over: Partial<Frame> = {}): Frame => ({
  width: 640,
  height: 180,
  gutterPx: 40,
  fromMs: 0,
  toMs: 2000,
  cursorMs,
  lanes: LANES,
  otherLane: 'clients',
  ...over,
})

/** A seeded run's worth of messages and marks, as a timeline's window would give them. */
function run(seed: number): SpacetimeWindow {
  const rng = createRng(seed)
  const random = () => nextFloat(rng)
  const arrows: Arrow[] = []
  for (let id = 0; id < 300; id++) {
    const sentAt = random() * 1900
    // Every fifth arrives just as a frame's cursor gets there (FRAME_MS apart).
    const due = sentAt + 10 + random() * 80
    const dueAt = id % 5 === 0 ? Math.ceil(due / FRAME_MS) * FRAME_MS : due
    const lost = id % 5 !== 0 && random() < 0.1
    arrows.push({
      id,
      from: LANES[Math.floor(random() * 3)]!,
      to: LANES[Math.floor(random() * 3)]!,
      sentAt,
      arrivedAt: lost ? sentAt + (dueAt - sentAt) * random() : dueAt,
      dueAt,
      fate: lost ? 'dropped' : 'delivered',
      duplicate: false,
      copyOf: null,
      delayed: false,
      dropReason: null,
      kind: random() < 0.5 ? 'AppendEntries' : 'AppendEntriesReply',
      sendIndex: id * 2,
      endIndex: id * 2 + 1,
    })
  }
  const marks: Mark[] = Array.from({ length: 40 }, (_, i) => ({
    node: LANES[i % 3]!,
    at: i * 49,
    kind: 'commit',
    label: 'commit',
    eventIndex: 1000 + i,
  }))
  return { arrows, marks, partitions: [], down: [] }
}

const palette = {} as Palette
const emphasis: Emphasis = { hovered: null, picked: null, past: null, future: null }

const keyOf = (l: Layout) => settledKey(l, palette, emphasis, 1, true)
const ids = (shapes: readonly ArrowShape[]) => shapes.map((s) => s.arrow.id).sort((a, b) => a - b)
const settledIds = (l: Layout) => ids(l.arrows.filter((a) => a.end !== 'flying'))

/** Plays the cursor through `cursors`, keeping what each plan adds, as a renderer does. */
function play(window: SpacetimeWindow, cursors: readonly number[]) {
  let held: SettledLayers | null = null
  let drawn: ArrowShape[] = []
  let marks = 0
  const fresh: boolean[] = []
  let last: Layout | null = null
  for (const at of cursors) {
    const l = layoutDiagram(frame(at), window)
    const plan = planSettled(held, l, keyOf(l))
    held = plan.next
    if (plan.fresh) {
      drawn = []
      marks = 0
    }
    drawn.push(...plan.arrows)
    marks += plan.marks.length
    fresh.push(plan.fresh)
    last = l
  }
  return { drawn, marks, fresh, last: last!, held: held! }
}

describe('the settled layers of the space-time diagram', () => {
  it('add up, frame by frame, to what a drawing from scratch holds', () => {
    for (const seed of [1, 2, 3]) {
      const cursors = Array.from({ length: 120 }, (_, i) => i * FRAME_MS)
      const { drawn, marks, fresh, last } = play(run(seed), cursors)
      expect(fresh[0]).toBe(true)
      expect(fresh.slice(1).every((f) => !f)).toBe(true)
      expect(ids(drawn)).toEqual(settledIds(last))
      expect(marks).toBe(last.marks.length)
      // Each settled arrow is added once, in the frame in which it arrived.
      expect(new Set(ids(drawn)).size).toBe(drawn.length)
    }
  })

  it('leave what is in flight to every frame', () => {
    const l = layoutDiagram(frame(1000), run(4))
    const plan = planSettled(null, l, keyOf(l))
    expect(plan.flying.length).toBeGreaterThan(0)
    expect(plan.flying.every((a) => a.end === 'flying')).toBe(true)
    expect(plan.arrows.length + plan.flying.length).toBe(l.arrows.length)
  })

  it('start afresh when the cursor goes back, or the window or the look changes', () => {
    const window = run(5)
    expect(play(window, [800, 900, 850]).fresh).toEqual([true, false, true])
    const { held } = play(window, [800])
    const panned = layoutDiagram(frame(900, { fromMs: 100, toMs: 2100 }), window)
    expect(planSettled(held, panned, keyOf(panned)).fresh).toBe(true)
    const picked = layoutDiagram(frame(900), window)
    const key = settledKey(picked, palette, { ...emphasis, picked: 12 }, 1, true)
    expect(planSettled(held, picked, key).fresh).toBe(true)
  })

  it('keep their shapes when only the future changes, as a branch at the cursor does', () => {
    const window = run(6)
    const { held } = play(window, [800])
    const branched = {
      ...window,
      arrows: window.arrows.map((a) =>
        a.sentAt <= 800 && a.arrivedAt! > 800 ? { ...a, fate: 'dropped' as const } : a,
      ),
    }
    const l = layoutDiagram(frame(820), branched)
    expect(planSettled(held, l, keyOf(l)).fresh).toBe(false)
  })

  it('start afresh when the past changes, as an undo or another run does', () => {
    const window = run(7)
    const { held } = play(window, [800])
    const early = window.arrows.findIndex((a) => a.arrivedAt! < 500)
    const changed = {
      ...window,
      arrows: window.arrows.map((a, i) =>
        i === early ? { ...a, to: a.to === 'n1' ? 'n2' : 'n1' } : a,
      ),
    }
    const l = layoutDiagram(frame(820), changed)
    expect(planSettled(held, l, keyOf(l)).fresh).toBe(true)
    const fewer = { ...window, marks: window.marks.slice(1) }
    const m = layoutDiagram(frame(820), fewer)
    expect(planSettled(held, m, keyOf(m)).fresh).toBe(true)
  })
})
