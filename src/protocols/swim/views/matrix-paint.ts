/**
 * The membership matrix as pixels, for a canvas's ImageData at the device's resolution.
 * While there are more pixels than cells, each pixel shows the cell it falls in. When there
 * are fewer (a thousand members in three hundred pixels), each pixel shows the gravest of
 * the cells it covers, so that one member declared dead stays a visible column instead of
 * averaging away into the green around it; the summary and the readout give the counts.
 * Rows of observers that are down take one colour across. Pure, for tests in Node.
 */

import { CELL_UNKNOWN, type MembershipMatrix } from './matrix-model'

export type Rgb = readonly [number, number, number]

export interface MatrixPalette {
  /** By cell value: unknown, alive, suspect, dead. */
  readonly cells: readonly [Rgb, Rgb, Rgb, Rgb]
  readonly crashed: Rgb
  readonly absent: Rgb
}

/**
 * What a pixel over several cells shows, gravest last: alive, a row not in the group,
 * not heard of, a row whose observer is down, suspect, dead.
 */
const ALIVE = 0
const ABSENT = 1
const UNKNOWN = 2
const CRASHED = 3
/** By cell value (unknown, alive, suspect, dead). */
const GRAVITY_OF_CELL = [UNKNOWN, ALIVE, 4, 5]

function gravityColours(palette: MatrixPalette): Rgb[] {
  const [unknown, alive, suspect, dead] = palette.cells
  return [alive, palette.absent, unknown, palette.crashed, suspect, dead]
}

/** How grave cell (i, j) is. */
function gravityAt(m: MembershipMatrix, i: number, j: number): number {
  const row = m.rows[i]
  if (row === 'crashed') return CRASHED
  if (row === 'absent') return ABSENT
  return GRAVITY_OF_CELL[m.cells[i * m.size + j] ?? CELL_UNKNOWN]!
}

/** Fills `out` (side × side × 4 bytes, RGBA) with the matrix. */
export function paintMatrix(
  m: MembershipMatrix,
  palette: MatrixPalette,
  side: number,
  out: Uint8ClampedArray,
): void {
  const grid = side >= m.size ? cellGrid(m, side) : blockGrid(m, side)
  const colours = gravityColours(palette)
  for (let k = 0; k < side * side; k++) {
    const [r, g, b] = colours[grid[k]!]!
    out[4 * k] = r
    out[4 * k + 1] = g
    out[4 * k + 2] = b
    out[4 * k + 3] = 255
  }
}

/** Each pixel the cell it falls in. */
function cellGrid(m: MembershipMatrix, side: number): Uint8Array {
  const cellOf = new Int32Array(side)
  for (let p = 0; p < side; p++) cellOf[p] = Math.floor((p * m.size) / side)
  const grid = new Uint8Array(side * side)
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) grid[y * side + x] = gravityAt(m, cellOf[y]!, cellOf[x]!)
  }
  return grid
}

/** Each pixel the gravest of the cells it covers. */
function blockGrid(m: MembershipMatrix, side: number): Uint8Array {
  const { size, cells, rows } = m
  const binOf = new Int32Array(size)
  for (let j = 0; j < size; j++) binOf[j] = Math.floor((j * side) / size)
  const grid = new Uint8Array(side * side)
  for (let i = 0; i < size; i++) {
    const y = binOf[i]! * side
    const row = rows[i]
    if (row !== 'up') {
      // The whole row takes one colour: a pixel's worth of columns at a time.
      const g = row === 'crashed' ? CRASHED : ABSENT
      for (let x = 0; x < side; x++) if (g > grid[y + x]!) grid[y + x] = g
      continue
    }
    const base = i * size
    for (let j = 0; j < size; j++) {
      const k = y + binOf[j]!
      const g = GRAVITY_OF_CELL[cells[base + j]!]!
      if (g > grid[k]!) grid[k] = g
    }
  }
  return grid
}

/** `rgb(1, 2, 3)` or `rgba(…)`, as getComputedStyle gives a colour, to numbers. */
export function parseRgb(css: string): Rgb {
  const parts = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(css)
  if (parts === null) return [128, 128, 128]
  return [Number(parts[1]), Number(parts[2]), Number(parts[3])]
}
