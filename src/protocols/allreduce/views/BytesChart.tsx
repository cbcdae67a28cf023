/**
 * Bytes sent per step begun, a bar per node, against the ring's 2(N − 1)/N of the
 * vector (a dashed line): ring workers sit on it, a parameter server far above it. The
 * same numbers follow in a table for screen readers and for reading off exact values.
 */

import { scaleBand, scaleLinear } from 'd3-scale'
import { t } from '../../../i18n'
import type { BytesModel } from './chunk-model'

const W = 320
const H = 140
const LEFT = 44
const BOTTOM = 18

const round = (x: number) => Math.round(x * 10) / 10

export function BytesChart({ model }: { readonly model: BytesModel }) {
  const x = scaleBand<string>()
    .domain(model.bars.map((b) => b.id))
    .range([LEFT, W])
    .padding(0.2)
  const y = scaleLinear()
    .domain([0, model.max * 1.1 || 1])
    .range([H - BOTTOM, 4])
  const line = y(model.ringPerStep)
  const label = t('allreduce.views.bytes.chart', { ring: round(model.ringPerStep) })
  return (
    <figure className="allreduce-bytes">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {model.bars.map((b) => (
          <rect
            key={b.id}
            className="allreduce-bar"
            x={x(b.id)}
            width={x.bandwidth()}
            y={y(b.perStep ?? 0)}
            height={H - BOTTOM - y(b.perStep ?? 0)}
          />
        ))}
        {model.bars.map((b) => (
          <text key={b.id} x={x(b.id)! + x.bandwidth() / 2} y={H - 4} textAnchor="middle">
            {b.id}
          </text>
        ))}
        <line className="allreduce-ring-line" x1={LEFT} x2={W} y1={line} y2={line} />
        <text x={LEFT - 4} y={line + 3} textAnchor="end">
          {Math.round(model.ringPerStep)}
        </text>
      </svg>
      <figcaption>{label}</figcaption>
      <table className="allreduce-bytes-table" aria-label={t('allreduce.views.bytes.table')}>
        <thead>
          <tr>
            <th scope="col">{t('allreduce.views.node')}</th>
            <th scope="col">{t('allreduce.views.bytes.sent')}</th>
            <th scope="col">{t('allreduce.views.bytes.steps')}</th>
            <th scope="col">{t('allreduce.views.bytes.perStep')}</th>
          </tr>
        </thead>
        <tbody>
          {model.bars.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.id}</th>
              <td>{b.bytes}</td>
              <td>{b.steps}</td>
              <td>{b.perStep === null ? '—' : round(b.perStep)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
