/**
 * Timer rings pre-drawn: the track, with one arc per step of what is left over it, on one
 * atlas at the canvas's scale and colours. While the run plays, every node's timer is on
 * the messages' canvas in every frame, and stroked rings are the dearest thing a software
 * canvas draws: a 25-node frame spent more on its rings than on everything else on the
 * canvas (1 ms of its commit's 1.4 in thread time). Copying a pre-drawn one is a blit.
 */

/** Steps from nothing left to all of it: 3° each, under 2 px on the ring at full size. */
export const ARC_STEPS = 120
const COLUMNS = 12
/** Past this many device pixels a cell, the atlas would be too large: arcs are stroked. */
const MAX_CELL_PX = 160

export interface Ring {
  readonly radius: number
  readonly width: number
}

/** The step of an arc `left` (0..1) of the way round: 0 is the track alone. */
export function arcStep(left: number): number {
  if (!(left > 0)) return 0
  return Math.max(1, Math.min(ARC_STEPS, Math.round(left * ARC_STEPS)))
}

export interface TimerSprites {
  /**
   * Draws the arcs on `g`, whose transform maps graph units to device pixels by `scale`.
   * Returns false, drawing nothing, when the atlas would be too large at this scale.
   */
  draw(
    g: CanvasRenderingContext2D,
    timers: readonly { readonly x: number; readonly y: number; readonly left: number }[],
    scale: number,
    colours: { readonly timer: string; readonly timerTrack: string },
  ): boolean
}

export function createTimerSprites(ring: Ring): TimerSprites {
  let atlas: HTMLCanvasElement | null = null
  let made = ''
  let cell = 0

  const make = (scale: number, colours: { timer: string; timerTrack: string }) => {
    cell = Math.ceil((ring.radius + ring.width) * 2 * scale) + 2
    atlas ??= document.createElement('canvas')
    atlas.width = cell * COLUMNS
    atlas.height = cell * Math.ceil((ARC_STEPS + 1) / COLUMNS)
    const a = atlas.getContext('2d')!
    a.clearRect(0, 0, atlas.width, atlas.height)
    a.lineWidth = ring.width * scale
    const r = ring.radius * scale
    // Every cell has the track, a whole ring; cell 0 has nothing over it.
    a.strokeStyle = colours.timerTrack
    a.beginPath()
    for (let step = 0; step <= ARC_STEPS; step++) {
      const [cx, cy] = centre(step)
      a.moveTo(cx + r, cy)
      a.arc(cx, cy, r, 0, Math.PI * 2)
    }
    a.stroke()
    a.strokeStyle = colours.timer
    a.lineCap = 'round'
    const start = -Math.PI / 2
    for (let step = 1; step <= ARC_STEPS; step++) {
      const [cx, cy] = centre(step)
      a.beginPath()
      a.moveTo(cx, cy - r)
      a.arc(cx, cy, r, start, start + (step / ARC_STEPS) * Math.PI * 2)
      a.stroke()
    }
  }

  /** The centre of step `step`'s cell (0: the track), in device pixels on the atlas. */
  const centre = (step: number): [number, number] => [
    (step % COLUMNS) * cell + cell / 2,
    Math.floor(step / COLUMNS) * cell + cell / 2,
  ]

  return {
    draw(g, timers, scale, colours) {
      if (Math.ceil((ring.radius + ring.width) * 2 * scale) + 2 > MAX_CELL_PX) return false
      const key = `${scale}|${colours.timer}|${colours.timerTrack}`
      if (key !== made) {
        make(scale, colours)
        made = key
      }
      const size = cell / scale
      for (const t of timers) {
        // One copy a ring: the track with the part left over it.
        const [cx, cy] = centre(arcStep(t.left))
        // On whole device pixels, so the copy stays as sharp as it was drawn.
        const x = Math.round(t.x * scale - cell / 2) / scale
        const y = Math.round(t.y * scale - cell / 2) / scale
        g.drawImage(atlas!, cx - cell / 2, cy - cell / 2, cell, cell, x, y, size, size)
      }
      return true
    },
  }
}
