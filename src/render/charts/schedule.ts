/**
 * When to redraw: at most once per animation frame, and while playing at most once per
 * gap (the charts move too little in one frame to be worth redrawing every frame).
 * Requests in between fold into one draw that reads the state at that moment.
 */

export interface FrameClock {
  request(callback: (nowMs: number) => void): number
  cancel(id: number): void
}

const browserFrames: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (id) => cancelAnimationFrame(id),
}

export interface DrawScheduler {
  request(): void
  cancel(): void
}

/** `gapMs`: the least time between draws, asked afresh each frame (it changes with playing). */
export function createDrawScheduler(
  draw: () => void,
  gapMs: () => number,
  frames: FrameClock = browserFrames,
): DrawScheduler {
  let frame = 0
  let lastMs = -Infinity
  const tick = (nowMs: number) => {
    frame = 0
    if (nowMs - lastMs < gapMs()) {
      frame = frames.request(tick)
      return
    }
    lastMs = nowMs
    draw()
  }
  return {
    request() {
      if (frame === 0) frame = frames.request(tick)
    },
    cancel() {
      if (frame !== 0) frames.cancel(frame)
      frame = 0
    },
  }
}
