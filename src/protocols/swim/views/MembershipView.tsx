/**
 * The Membership tab: what every member thinks of every other at the cursor, as an N×N
 * heatmap (row: the observer, column: the member it has an opinion of), with a summary in
 * words for screen readers. Redrawn from the world at the cursor, ten times a second at
 * most while playing; rows are rebuilt only for members whose tables changed.
 */

import './swim-views.css'
import { useAppStoreApi } from '../../../store/context'
import { useCursorView } from '../../../components/use-cursor-view'
import { t, useLocale } from '../../../i18n'
import { membershipMatrix, tallies } from './matrix-model'
import { matrixSummary } from './matrix-text'
import { MatrixFigure } from './MatrixFigure'

const PLAYING_GAP_MS = 100

export function MembershipView() {
  useLocale()
  const store = useAppStoreApi()
  useCursorView(PLAYING_GAP_MS)
  // The world at the cursor just read: this render was asked for by that cursor.
  const { world } = store.getState()
  const matrix = membershipMatrix(world.nodes)
  const lines = matrixSummary(matrix, tallies(matrix), world.time)

  return (
    <section className="panel swim-view" aria-label={t('swim.views.matrix.title')}>
      <h2>{t('swim.views.matrix.title')}</h2>
      <ul className="swim-summary" aria-label={t('swim.views.matrix.summary')}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <MatrixFigure matrix={matrix} />
    </section>
  )
}
