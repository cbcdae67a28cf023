/**
 * A WebM video made frame by frame. Each frame is drawn from the run at its own moment,
 * not when a live player happens to get there, so no moment of the plan is skipped. A
 * MediaRecorder fed from `canvas.captureStream(0)` takes exactly the frames handed to it
 * with `requestFrame()`, and stamps each with the wall-clock time it arrives; so each frame
 * is shown for 1/fps of real time, and the recorder is paused while the next one is drawn,
 * for the video to play at the chosen speed however slow the drawing is.
 */

import { t } from '../i18n/translate'

/** Preferred first: VP9 is smaller at the same look; plain WebM lets the browser pick. */
const MIME_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'] as const

/** How often to ask the recorder whether a frame is in the file yet, in ms. */
const WRITE_POLL_MS = 10
/** How long a frame may take to reach the file before it is taken as dropped, in ms. */
const WRITE_WAIT_MS = 2000
/** How long the first frame may take to reach the file (the encoder starting), in ms. */
const FIRST_WAIT_MS = 5000
/** How long the encoder may take to start, in ms. */
const WARM_UP_MS = 20_000

/** Enough for sharp lines and text at this size; the encoder uses less on still pictures. */
const BITS_PER_SECOND = 4_000_000

export type RecordSupport =
  { readonly ok: true; readonly mimeType: string } | { readonly ok: false; readonly reason: string }

/** Whether this browser can make the video, and in which format; never throws. */
export function recordSupport(): RecordSupport {
  try {
    if (typeof MediaRecorder === 'undefined') {
      return { ok: false, reason: t('record.noMediaRecorder') }
    }
    if (typeof HTMLCanvasElement.prototype.captureStream !== 'function') {
      return { ok: false, reason: t('record.noCanvasStream') }
    }
    const mimeType = MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type))
    if (mimeType === undefined) {
      return { ok: false, reason: t('record.noWebm') }
    }
    return { ok: true, mimeType }
  } catch {
    return { ok: false, reason: t('record.unsupported') }
  }
}

export interface RecordJob {
  readonly width: number
  readonly height: number
  readonly fps: number
  readonly mimeType: string
  /** The virtual times of the frames, in order. */
  readonly times: readonly number[]
  /** Draws the picture at virtual time t, filling the whole of `ctx`'s canvas. */
  draw(t: number, ctx: CanvasRenderingContext2D): Promise<void>
  /** After each frame: how many are done. */
  onFrame(done: number): void
  readonly signal: AbortSignal
}

export interface Recorded {
  readonly blob: Blob
  /** How long drawing a frame took on average, in ms (the recording takes about that longer). */
  readonly drawMs: number
}

/** Records the job's frames; null when it was cancelled. */
export async function recordVideo(job: RecordJob): Promise<Recorded | null> {
  const { width, height, fps, times, signal } = job
  // Frames are drawn on a scratch canvas and copied when due, so the recorded canvas never
  // shows a half-drawn frame, whenever the browser grabs it after requestFrame().
  const scratch = canvasOf(width, height)
  const shown = canvasOf(width, height)
  const scratchCtx = scratch.getContext('2d')!
  const shownCtx = shown.getContext('2d')!
  const stream = shown.captureStream(0)
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack
  const recorder = new MediaRecorder(stream, {
    mimeType: job.mimeType,
    videoBitsPerSecond: BITS_PER_SECOND,
  })
  const chunks: Blob[] = []
  let bytes = 0
  recorder.addEventListener('dataavailable', (e) => {
    if (e.data.size > 0) chunks.push(e.data)
    bytes += e.data.size
  })
  const stopped = new Promise((resolve) => recorder.addEventListener('stop', resolve))

  const frameMs = 1000 / fps
  // The recorder's clock runs only while it is not paused: how far it has run, and where
  // on it the first frame was taken. The bytes written before the last frame shown.
  let runMs = 0
  let firstMs = 0
  let before = 0
  /**
   * Shows the scratch frame for its 1/fps of the recorder's clock, then pauses it. The
   * canvas hands its picture over when the page next paints, a moment that varies; the
   * pause comes that moment early, so that the next frame, taken as late, lands on its
   * time. The encoder drops a frame that reaches it during a pause, so the pause also
   * waits for the paint.
   */
  const show = async (index: number) => {
    before = bytes
    recorder.resume()
    const resumed = performance.now()
    shownCtx.drawImage(scratch, 0, 0)
    track.requestFrame()
    const takenMs = (await painted()) - resumed
    if (index === 0) firstMs = runMs + takenMs
    const dueMs = firstMs + (index + 1) * frameMs - takenMs
    await sleep(dueMs - runMs - (performance.now() - resumed))
    runMs += performance.now() - resumed
    recorder.pause()
  }
  /** Waits until the last frame shown is in the file, or `waitMs` have passed. */
  const written = async (waitMs: number): Promise<boolean> => {
    const until = performance.now() + waitMs
    // `bytes` grows in the recorder's events, between the polls.
    for (;;) {
      if (bytes > before) return true
      if (performance.now() > until || signal.aborted) return false
      recorder.requestData()
      await sleep(WRITE_POLL_MS)
    }
  }

  let drawMs = 0
  try {
    await job.draw(times[0]!, scratchCtx)
    // The encoder starts on a thread of its own (seconds, on a busy machine) before it takes
    // the first frame; the recorder waits for it, paused. Should the frame be lost, it is
    // shown again, and the video opens on it held a little longer.
    recorder.start()
    recorder.pause()
    const warmUntil = performance.now() + WARM_UP_MS
    do {
      if (performance.now() > warmUntil) throw new Error('the video encoder did not start')
      runMs = 0
      await show(0)
    } while (!(await written(FIRST_WAIT_MS)) && !signal.aborted)
    job.onFrame(1)
    for (let i = 1; i < times.length && !signal.aborted; i++) {
      const drawStart = performance.now()
      await job.draw(times[i]!, scratchCtx)
      drawMs += performance.now() - drawStart
      // The frame before is encoded meanwhile; it must be in the file before the recorder
      // resumes, which takes the pause off its clock for frames still to come.
      await written(WRITE_WAIT_MS)
      await show(i)
      job.onFrame(i + 1)
    }
    // The last frame once more, a frame later, so that it too lasts its 1/fps.
    if (!signal.aborted) {
      await written(WRITE_WAIT_MS)
      await show(times.length)
      await written(WRITE_WAIT_MS)
    }
  } finally {
    // Not started when the first frame failed to draw.
    if (recorder.state !== 'inactive') recorder.stop()
    track.stop()
  }
  await stopped
  if (signal.aborted) return null
  const blob = new Blob(chunks, { type: job.mimeType.split(';')[0] })
  return { blob, drawMs: drawMs / Math.max(1, times.length - 1) }
}

function canvasOf(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  return canvas
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
}

/** When the page paints next (the canvas's picture is taken then), once it has. */
function painted(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const at = performance.now()
      requestAnimationFrame(() => resolve(at))
    }),
  )
}
