/**
 * A WebM video made frame by frame. Each frame is drawn when it is ready, not when a live
 * player happens to get there, so no moment of the plan is skipped; a MediaRecorder fed
 * from `canvas.captureStream(0)` takes exactly the frames handed to it with
 * `requestFrame()`. It stamps each with the wall-clock time it arrives, so frames are
 * handed over at real-time pace, 1/fps apart, for the video to play at the right speed.
 */

/** Preferred first: VP9 is smaller at the same look; plain WebM lets the browser pick. */
const MIME_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'] as const

/** Enough for sharp lines and text at this size; the encoder uses less on still pictures. */
const BITS_PER_SECOND = 4_000_000

export type RecordSupport =
  { readonly ok: true; readonly mimeType: string } | { readonly ok: false; readonly reason: string }

/** Whether this browser can make the video, and in which format; never throws. */
export function recordSupport(): RecordSupport {
  try {
    if (typeof MediaRecorder === 'undefined') {
      return { ok: false, reason: 'This browser cannot record video (it has no MediaRecorder).' }
    }
    if (typeof HTMLCanvasElement.prototype.captureStream !== 'function') {
      return { ok: false, reason: 'This browser cannot record video from a picture.' }
    }
    const mimeType = MIME_TYPES.find((t) => MediaRecorder.isTypeSupported(t))
    if (mimeType === undefined) {
      return { ok: false, reason: 'This browser cannot record WebM video.' }
    }
    return { ok: true, mimeType }
  } catch {
    return { ok: false, reason: 'This browser cannot record video.' }
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
  /** Frames handed over later than half a frame after their time (the drawing fell behind). */
  readonly late: number
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
  recorder.addEventListener('dataavailable', (e) => {
    if (e.data.size > 0) chunks.push(e.data)
  })
  const stopped = new Promise((resolve) => recorder.addEventListener('stop', resolve))
  const frameMs = 1000 / fps
  let late = 0
  recorder.start(1000)
  try {
    const started = performance.now()
    for (let i = 0; i < times.length && !signal.aborted; i++) {
      await job.draw(times[i]!, scratchCtx)
      const due = started + i * frameMs
      const wait = due - performance.now()
      if (wait > 0) await sleep(wait)
      else if (-wait > frameMs / 2) late++
      shownCtx.drawImage(scratch, 0, 0)
      track.requestFrame()
      job.onFrame(i + 1)
    }
    // The last frame stays on screen for its share of time too.
    if (!signal.aborted) await sleep(frameMs)
  } finally {
    recorder.stop()
    track.stop()
  }
  await stopped
  if (signal.aborted) return null
  return { blob: new Blob(chunks, { type: job.mimeType.split(';')[0] }), late }
}

function canvasOf(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  return canvas
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
