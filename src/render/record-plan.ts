/**
 * The plan of a recording: which moments of the run become frames of the video. Frames
 * are taken at fixed steps of virtual time, `1000 / fps × speed` apart, so a video played
 * back at its frame rate shows the run at the chosen playback speed. Plain numbers only:
 * the form's checks and the frame times are tested in Node.
 */

import { t } from '../i18n/translate'

/** Longest video made, in seconds: a clip for a slide, not a screen recording. */
export const MAX_VIDEO_S = 60
export const MAX_FPS = 60
/** How far past the cursor a recording reaches when nothing later has been seen yet. */
export const DEFAULT_SPAN_MS = 5000
export const DEFAULT_FPS = 30
/** How far past what has been seen a range may reach (the run is simulated up to it). */
export const MAX_AHEAD_MS = 60_000

export interface RecordRange {
  readonly fromMs: number
  readonly toMs: number
}

export interface FramePlan extends RecordRange {
  /** Virtual ms per real ms. */
  readonly speed: number
  readonly fps: number
  /** Virtual ms between two frames. */
  readonly stepMs: number
  /** The virtual time of each frame, the first at `fromMs` and the last at `toMs`. */
  readonly times: readonly number[]
  /** How long the video plays, in real ms. */
  readonly videoMs: number
}

/** What the form holds, as typed. */
export interface RecordForm {
  readonly from: string
  readonly to: string
  readonly speed: number
  readonly fps: string
}

export type Field = 'from' | 'to' | 'fps'

export type CheckedPlan =
  | { readonly ok: true; readonly plan: FramePlan }
  | { readonly ok: false; readonly field: Field; readonly error: string }

/**
 * From the cursor to the furthest moment seen, or five seconds on when nothing later has
 * been seen; cut short so the video stays within MAX_VIDEO_S at `speed`.
 */
export function defaultRange(cursorMs: number, seenUntilMs: number, speed: number): RecordRange {
  const fromMs = Math.round(cursorMs)
  const end = seenUntilMs > fromMs ? seenUntilMs : fromMs + DEFAULT_SPAN_MS
  const longest = MAX_VIDEO_S * 1000 * speed
  return { fromMs, toMs: Math.max(fromMs + 1, Math.floor(Math.min(end, fromMs + longest))) }
}

/** The form checked, each problem naming its field, and the frames it makes. */
export function checkForm(form: RecordForm, limitMs: number): CheckedPlan {
  const from = parseTime(form.from)
  if (typeof from === 'string') return fail('from', from)
  const to = parseTime(form.to)
  if (typeof to === 'string') return fail('to', to)
  if (to <= from) {
    return fail('to', t('record.error.toBeforeFrom', { from: t('record.from'), ms: from }))
  }
  if (to > limitMs) return fail('to', t('record.error.toTooLate', { ms: Math.floor(limitMs) }))
  const fps = Number(form.fps)
  if (form.fps.trim() === '' || !Number.isInteger(fps) || fps < 1 || fps > MAX_FPS) {
    return fail('fps', t('record.error.fps', { max: MAX_FPS }))
  }
  const plan = framePlan({ fromMs: from, toMs: to }, form.speed, fps)
  if (plan.videoMs > MAX_VIDEO_S * 1000) {
    const seconds = (plan.videoMs / 1000).toFixed(1)
    const most = Math.floor(from + MAX_VIDEO_S * 1000 * form.speed)
    return fail('to', t('record.error.tooLong', { seconds, max: MAX_VIDEO_S, most }))
  }
  return { ok: true, plan }
}

export function framePlan(range: RecordRange, speed: number, fps: number): FramePlan {
  const { fromMs, toMs } = range
  const stepMs = (1000 / fps) * speed
  // A tolerance, so a range of whole steps does not gain a frame from rounding.
  const steps = Math.max(1, Math.ceil((toMs - fromMs) / stepMs - 1e-9))
  const times: number[] = []
  for (let i = 0; i < steps; i++) times.push(fromMs + i * stepMs)
  times.push(toMs)
  return { fromMs, toMs, speed, fps, stepMs, times, videoMs: (toMs - fromMs) / speed }
}

/** A time as typed: a number of ms, zero or more, or what is wrong with it. */
function parseTime(text: string): number | string {
  if (text.trim() === '') return t('record.error.timeNeeded')
  const ms = Number(text)
  if (!Number.isFinite(ms)) return t('record.error.notNumber', { text })
  if (ms < 0) return t('record.error.negative')
  return ms
}

/** The problem after its field's label, as the form names it: `To (ms): …`. */
function fail(field: Field, problem: string): CheckedPlan {
  return { ok: false, field, error: `${t(FIELD_LABEL[field])}: ${problem}` }
}

const FIELD_LABEL = { from: 'record.from', to: 'record.to', fps: 'record.fps' } as const
