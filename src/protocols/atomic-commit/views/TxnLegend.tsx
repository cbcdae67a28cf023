/** What the strips' colours and marks mean; states the run cannot show are left out. */

import { t, type TranslationKey } from '../../../i18n'

interface Item {
  readonly swatch: string
  readonly label: TranslationKey
}

const ALL: readonly Item[] = [
  { swatch: 's-working', label: 'txns.legend.waiting' },
  { swatch: 's-prepared', label: 'txns.state.prepared' },
  { swatch: 's-precommitted', label: 'txns.state.precommitted' },
  { swatch: 's-committed', label: 'txns.state.committed' },
  { swatch: 's-aborted', label: 'txns.state.aborted' },
  { swatch: 'blocked', label: 'txns.state.blocked' },
  { swatch: 'down', label: 'txns.state.down' },
  { swatch: 's-forgotten', label: 'txns.legend.forgotten' },
]

interface Props {
  readonly threePhase: boolean
  /** Whether the coordinator forgot a transaction (crashed before deciding it). */
  readonly forgotten: boolean
  readonly hatch: string
}

export function TxnLegend({ threePhase, forgotten, hatch }: Props) {
  // Three-phase commit never blocks; two-phase commit never pre-commits.
  const shown = ALL.filter(
    (item) =>
      (item.swatch !== 's-precommitted' || threePhase) &&
      (item.swatch !== 'blocked' || !threePhase) &&
      (item.swatch !== 's-forgotten' || forgotten),
  )
  return (
    <ul className="txn-legend" aria-label={t('txns.legend')}>
      {shown.map((item) => (
        <li key={item.swatch}>
          <svg width={16} height={12} viewBox="0 0 16 12" aria-hidden="true">
            <rect
              className={`txn-bar ${item.swatch}`}
              x={0.5}
              y={item.swatch === 'down' ? 3.5 : 0.5}
              width={15}
              height={item.swatch === 'down' ? 5 : 11}
              fill={item.swatch === 'blocked' ? `url(#${hatch})` : undefined}
            />
          </svg>
          {t(item.label)}
        </li>
      ))}
      <li>
        <svg width={16} height={12} viewBox="0 0 16 12" aria-hidden="true">
          <line className="txn-cursor" x1={8} x2={8} y1={0} y2={12} />
        </svg>
        {t('txns.legend.cursor')}
      </li>
    </ul>
  )
}
