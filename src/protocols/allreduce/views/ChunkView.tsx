/**
 * The Chunks tab: a worker × chunk grid at the cursor, each cell tinted by how many
 * workers' gradients the node holds of that chunk (a table, so screen readers read every
 * count), a sentence saying where the step stands, and the bytes each node sent per step.
 * Redrawn from the world at the cursor, ten times a second at most while playing.
 */

import './allreduce-views.css'
import type { CSSProperties } from 'react'
import { useAppStoreApi } from '../../../store/context'
import { useCursorView } from '../../../components/use-cursor-view'
import { t, useLocale } from '../../../i18n'
import { bytesModel, chunkMatrix, tint, type ChunkMatrix } from './chunk-model'
import { BytesChart } from './BytesChart'
import type { ReduceGhost } from '../invariants'

const PLAYING_GAP_MS = 100

function cellLabel(id: string, j: number, count: number | null, workers: number): string {
  return count === null
    ? t('allreduce.views.cellEmpty', { node: id, chunk: j })
    : t('allreduce.views.cell', { node: id, chunk: j, count, workers })
}

/** A whole chunk is outlined; a deep tint takes the panel's colour for its text, for contrast. */
function cellClass(count: number | null, workers: number, strength: (n: number) => number) {
  if (count === null) return undefined
  const names = [
    count === workers ? 'allreduce-whole' : '',
    strength(count) >= 60 ? 'allreduce-deep' : '',
  ]
  return names.filter((n) => n !== '').join(' ') || undefined
}

function summary(m: ChunkMatrix): string {
  const up = m.rows.filter((r) => r.up)
  const steps = up.map((r) => r.step ?? 0)
  const whole = up.reduce((n, r) => n + r.cells.filter((c) => c === m.workers).length, 0)
  const down = m.rows.length - up.length
  return t('allreduce.views.summary', {
    min: steps.length === 0 ? 0 : Math.min(...steps),
    max: steps.length === 0 ? 0 : Math.max(...steps),
    whole,
    cells: up.length * m.chunks,
    down,
  })
}

export function ChunkView() {
  useLocale()
  const store = useAppStoreApi()
  useCursorView(PLAYING_GAP_MS)
  // The world at the cursor just read: this render was asked for by that cursor.
  const { world } = store.getState()
  const matrix = chunkMatrix(world.nodes)
  const bytes = bytesModel((world.ghost as ReduceGhost | null) ?? null)
  const strength = tint(matrix.workers)
  const chunks = Array.from({ length: matrix.chunks }, (_, j) => j)

  return (
    <section className="panel allreduce-view" aria-label={t('allreduce.views.title')}>
      <h2>{t('allreduce.views.title')}</h2>
      <p className="allreduce-summary">{summary(matrix)}</p>
      <table className="allreduce-matrix" aria-label={t('allreduce.views.matrix')}>
        <thead>
          <tr>
            <th scope="col">{t('allreduce.views.node')}</th>
            {chunks.map((j) => (
              <th key={j} scope="col">
                {j}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((r) => (
            <tr key={r.id} className={r.up ? undefined : 'allreduce-down'}>
              <th scope="row">{r.step === null ? r.id : `${r.id} · ${r.step}`}</th>
              {r.cells.map((count, j) => (
                <td
                  key={j}
                  aria-label={cellLabel(r.id, j, count, matrix.workers)}
                  className={cellClass(count, matrix.workers, strength)}
                  style={
                    count === null
                      ? undefined
                      : ({ '--allreduce-tint': `${strength(count)}%` } as CSSProperties)
                  }
                >
                  {count ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('allreduce.views.legend', { workers: matrix.workers })}</p>
      <h3>{t('allreduce.views.bytes.title')}</h3>
      {bytes === null ? null : <BytesChart model={bytes} />}
    </section>
  )
}
