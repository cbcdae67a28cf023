import { describe, expect, it } from 'vitest'
import {
  checkForm,
  defaultRange,
  framePlan,
  MAX_FPS,
  MAX_VIDEO_S,
  type RecordForm,
} from './record-plan'

const form = (over: Partial<RecordForm> = {}): RecordForm => ({
  from: '1000',
  to: '2000',
  speed: 1,
  fps: '10',
  ...over,
})
const LIMIT_MS = 100_000

describe('framePlan', () => {
  it('takes a frame every 1000/fps × speed virtual ms, from the first moment to the last', () => {
    const plan = framePlan({ fromMs: 1000, toMs: 2000 }, 1, 10)
    expect(plan.stepMs).toBe(100)
    expect(plan.times).toEqual([1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900, 2000])
    expect(plan.videoMs).toBe(1000)
  })

  it('slows the run down: at 1/10× a virtual second is ten seconds of video', () => {
    const plan = framePlan({ fromMs: 0, toMs: 1000 }, 0.1, 30)
    expect(plan.videoMs).toBeCloseTo(10_000)
    expect(plan.stepMs).toBeCloseTo(10 / 3)
    // 300 steps of 1/30 s, and the last moment itself.
    expect(plan.times).toHaveLength(301)
    expect(plan.times.at(-1)).toBe(1000)
    expect(plan.times.at(-2)).toBeCloseTo(1000 - 10 / 3)
  })

  it('ends on the last moment when the range is not a whole number of steps', () => {
    const plan = framePlan({ fromMs: 0, toMs: 250 }, 1, 10)
    expect(plan.times).toEqual([0, 100, 200, 250])
  })

  it('has frames in increasing time, none past the end', () => {
    for (const [speed, fps] of [
      [0.003, 24],
      [0.3, 30],
      [3, 60],
      [10, 1],
    ] as const) {
      const { times } = framePlan({ fromMs: 37, toMs: 5_037 }, speed, fps)
      expect(times.every((t, i) => i === 0 || t > times[i - 1]!)).toBe(true)
      expect(times[0]).toBe(37)
      expect(times.at(-1)).toBe(5_037)
    }
  })

  it('has two frames for a range shorter than one step', () => {
    expect(framePlan({ fromMs: 10, toMs: 11 }, 10, 30).times).toEqual([10, 11])
  })
})

describe('defaultRange', () => {
  it('runs from the cursor to the furthest moment seen', () => {
    expect(defaultRange(1234.4, 4000, 1)).toEqual({ fromMs: 1234, toMs: 4000 })
  })

  it('runs five seconds on from the cursor when nothing later has been seen', () => {
    expect(defaultRange(2000, 2000, 1)).toEqual({ fromMs: 2000, toMs: 7000 })
  })

  it('is cut to a minute of video at the speed given', () => {
    // 1/100×: a minute of video holds 600 ms of the run.
    expect(defaultRange(0, 30_000, 0.01)).toEqual({ fromMs: 0, toMs: 600 })
    const { fromMs, toMs } = defaultRange(0, 0, 0.001)
    expect(checkForm(form({ from: `${fromMs}`, to: `${toMs}`, speed: 0.001 }), LIMIT_MS).ok).toBe(
      true,
    )
  })
})

describe('checkForm', () => {
  it('makes the plan of a good form', () => {
    const checked = checkForm(form(), LIMIT_MS)
    expect(checked.ok && checked.plan.times).toHaveLength(11)
  })

  it.each([
    [{ from: '-5' }, 'from', 'From (ms): must be 0 or more'],
    [{ from: '' }, 'from', 'From (ms): a time in ms is needed'],
    [{ to: 'soon' }, 'to', 'To (ms): "soon" is not a number'],
    [{ to: '-1' }, 'to', 'To (ms): must be 0 or more'],
    [{ to: '1000' }, 'to', 'To (ms): must be after From (ms), 1000'],
    [{ to: '900' }, 'to', 'To (ms): must be after From (ms), 1000'],
    [{ fps: '0' }, 'fps', `Frames per second: a whole number from 1 to ${MAX_FPS}`],
    [{ fps: '61' }, 'fps', `Frames per second: a whole number from 1 to ${MAX_FPS}`],
    [{ fps: '12.5' }, 'fps', `Frames per second: a whole number from 1 to ${MAX_FPS}`],
    [{ fps: ' ' }, 'fps', `Frames per second: a whole number from 1 to ${MAX_FPS}`],
  ] as const)('rejects %o, naming the field', (over, field, error) => {
    expect(checkForm(form(over), LIMIT_MS)).toEqual({ ok: false, field, error })
  })

  it(`rejects a range that makes more than ${MAX_VIDEO_S} s of video, saying how to fit`, () => {
    // 1/10×: 7 virtual seconds are 70 s of video; 6 are the most.
    const checked = checkForm(form({ from: '0', to: '7000', speed: 0.1 }), LIMIT_MS)
    expect(checked).toEqual({
      ok: false,
      field: 'to',
      error:
        'To (ms): this range makes 70.0 s of video at this speed; at most 60 s (To 6000 or less, or a faster speed)',
    })
    expect(checkForm(form({ from: '0', to: '6000', speed: 0.1 }), LIMIT_MS).ok).toBe(true)
  })

  it('rejects a range reaching past the limit', () => {
    const checked = checkForm(form({ to: '100001' }), LIMIT_MS)
    expect(checked).toMatchObject({ ok: false, field: 'to' })
    expect(!checked.ok && checked.error).toMatch(/^To \(ms\): at most 100000/)
  })
})
