/**
 * The heatmap itself: a canvas filled through ImageData (a million cells redraw in a few
 * milliseconds), member ids along both edges, the legend whose swatches also give the
 * canvas its colours (so both themes work), and a readout of the cell under the pointer or
 * the keyboard's focus (arrow keys, Page Up/Down by ten, Home/End).
 */

import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { useAppStore } from '../../../store/context'
import { t } from '../../../i18n'
import { paintMatrix, parseRgb, type MatrixPalette } from './matrix-paint'
import { cellText } from './matrix-text'
import { useWidth } from '../../../components/use-width'
import type { MembershipMatrix } from './matrix-model'
import type { AppState } from '../../../store/app-store'

/** The matrix is at most this wide, in CSS px; member ids take the gutter left of it. */
const MAX_SIDE_PX = 560
const GUTTER_PX = 34
/** Ids along an edge keep at least this far apart. */
const LABEL_GAP_PX = 22
/** From this size up, every cell is drawn the same whole number of pixels wide. */
const MIN_WHOLE_CELL_PX = 4

const SWATCHES = [
  { cls: 'swim-cell-alive', label: 'swim.views.legend.alive' },
  { cls: 'swim-cell-suspect', label: 'swim.views.legend.suspect' },
  { cls: 'swim-cell-dead', label: 'swim.views.legend.dead' },
  { cls: 'swim-cell-unknown', label: 'swim.views.legend.unknown' },
  { cls: 'swim-cell-crashed', label: 'swim.views.legend.crashed' },
  { cls: 'swim-cell-absent', label: 'swim.views.legend.absent' },
] as const

interface Cell {
  readonly row: number
  readonly column: number
}

const selectTheme = (s: AppState) => s.theme

export function MatrixFigure({ matrix }: { readonly matrix: MembershipMatrix }) {
  const theme = useAppStore(selectTheme)
  const box = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const legend = useRef<HTMLUListElement>(null)
  const widthPx = useWidth(box)
  const [active, setActive] = useState<Cell | null>(null)
  const n = matrix.size
  const room = Math.min(MAX_SIDE_PX, Math.max(0, widthPx - GUTTER_PX))
  // Cells of whole pixels while they are big enough to be told apart; else the whole room.
  const cellPx = room / n >= MIN_WHOLE_CELL_PX ? Math.floor(room / n) : room / n
  const sidePx = cellPx * n
  const hasAbsent = matrix.rows.includes('absent')

  useEffect(() => {
    const el = canvas.current
    if (el === null || sidePx <= 0) return
    const side = Math.max(1, Math.round(sidePx * (globalThis.devicePixelRatio || 1)))
    if (el.width !== side) el.width = el.height = side
    const image = new ImageData(side, side)
    paintMatrix(matrix, paletteOf(legend.current!), side, image.data)
    el.getContext('2d')!.putImageData(image, 0, 0)
    // The colours come from CSS, which a change of theme changes: paint again then.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [matrix, n, sidePx, theme])

  const cellAt = (e: PointerEvent<HTMLCanvasElement>): Cell => {
    const r = e.currentTarget.getBoundingClientRect()
    return {
      row: indexAt((e.clientY - r.top) / r.height, n),
      column: indexAt((e.clientX - r.left) / r.width, n),
    }
  }

  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-10, 0],
      PageDown: [10, 0],
      Home: [0, -n],
      End: [0, n],
    }
    const move = moves[e.key]
    if (move === undefined) return
    e.preventDefault()
    const from = active ?? { row: 0, column: 0 }
    const clamp = (v: number) => Math.min(n - 1, Math.max(0, v))
    setActive({ row: clamp(from.row + move[0]), column: clamp(from.column + move[1]) })
  }

  const shown = active !== null && active.row < n && active.column < n ? active : null
  const step = labelStep(cellPx)
  // n1 too, when it does not crowd the next label (n5, n10, …).
  const first = (step - 1) * cellPx >= LABEL_GAP_PX * 0.8
  const labels = matrix.ids.flatMap((id, i) =>
    (i === 0 && first) || (i + 1) % step === 0 ? [{ id, i }] : [],
  )

  return (
    <div className="swim-matrix" ref={box}>
      <ul className="swim-legend" ref={legend} aria-label={t('swim.views.legend.title')}>
        {SWATCHES.map((s) => (
          <li key={s.cls} hidden={s.cls === 'swim-cell-absent' && !hasAbsent}>
            <span className={`swim-swatch ${s.cls}`} />
            {t(s.label)}
          </li>
        ))}
      </ul>
      <p className="swim-axes">{t('swim.views.matrix.axes')}</p>
      <div className="swim-grid" style={{ width: GUTTER_PX + sidePx, height: GUTTER_PX + sidePx }}>
        {labels.map(({ id, i }) => (
          <span
            key={`c${id}`}
            className="swim-label swim-label-column"
            style={{ left: GUTTER_PX + (i + 0.5) * cellPx }}
          >
            {id}
          </span>
        ))}
        {labels.map(({ id, i }) => (
          <span
            key={`r${id}`}
            className="swim-label swim-label-row"
            style={{ top: GUTTER_PX + (i + 0.5) * cellPx }}
          >
            {id}
          </span>
        ))}
        <canvas
          ref={canvas}
          className="swim-canvas"
          style={{ left: GUTTER_PX, top: GUTTER_PX, width: sidePx, height: sidePx }}
          tabIndex={0}
          role="img"
          aria-label={t('swim.views.matrix.canvas', { count: n })}
          onPointerMove={(e) => setActive(cellAt(e))}
          onPointerDown={(e) => setActive(cellAt(e))}
          onKeyDown={onKeyDown}
        />
        {shown === null ? null : <Highlight cell={shown} cellPx={cellPx} sidePx={sidePx} />}
      </div>
      {cellPx * (globalThis.devicePixelRatio || 1) < 1 ? (
        <p className="swim-note">
          {t('swim.views.matrix.shrunk', {
            count: Math.ceil(1 / (cellPx * (globalThis.devicePixelRatio || 1))),
          })}
        </p>
      ) : null}
      <p className="swim-readout" aria-live="polite">
        {shown === null ? t('swim.views.matrix.hint') : cellText(matrix, shown.row, shown.column)}
      </p>
    </div>
  )
}

/** The row and the column of the active cell, and the cell when it is big enough to outline. */
function Highlight({ cell, cellPx, sidePx }: { cell: Cell; cellPx: number; sidePx: number }) {
  const band = Math.max(1, cellPx)
  const x = GUTTER_PX + cell.column * cellPx
  const y = GUTTER_PX + cell.row * cellPx
  return (
    <>
      <span
        className="swim-band"
        style={{ left: GUTTER_PX, top: y, width: sidePx, height: band }}
      />
      <span
        className="swim-band"
        style={{ left: x, top: GUTTER_PX, width: band, height: sidePx }}
      />
      {cellPx >= 5 ? (
        <span className="swim-focus" style={{ left: x, top: y, width: cellPx, height: cellPx }} />
      ) : null}
    </>
  )
}

/** The cell index at a fraction of the matrix's side. */
function indexAt(fraction: number, n: number): number {
  return Math.min(n - 1, Math.max(0, Math.floor(fraction * n)))
}

/** Every k-th id along the edges, k a round number that keeps labels apart. */
function labelStep(cellPx: number): number {
  for (const k of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500]) {
    if (k * cellPx >= LABEL_GAP_PX) return k
  }
  return 1000
}

/** The canvas's colours, as the legend's swatches are painted in the current theme. */
function paletteOf(legend: HTMLElement): MatrixPalette {
  const colour = (cls: string) =>
    parseRgb(getComputedStyle(legend.querySelector(`.${cls}`)!).backgroundColor)
  return {
    cells: [
      colour('swim-cell-unknown'),
      colour('swim-cell-alive'),
      colour('swim-cell-suspect'),
      colour('swim-cell-dead'),
    ],
    crashed: colour('swim-cell-crashed'),
    absent: colour('swim-cell-absent'),
  }
}
