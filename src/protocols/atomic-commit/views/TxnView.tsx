/**
 * The Transactions tab of two- and three-phase commit: a row per transaction, a column for
 * the coordinator's decision and one per participant, each cell the node's state over time
 * up to the cursor, blocked time hatched. The table is recorded once per run and cut at
 * the cursor (txn-history.ts); while playing it is redrawn ten times a second at most.
 */

import './txns.css'
import { useId, useRef } from 'react'
import { useAppStore, useAppStoreApi } from '../../../store/context'
import { seenUntilOf } from '../../../store/branches'
import { useCursorView } from '../../../components/use-cursor-view'
import { t } from '../../../i18n'
import { txnTableAt } from './txn-history'
import { summaryText } from './txn-text'
import { TxnLegend } from './TxnLegend'
import { TxnTableView } from './TxnTableView'
import { useWidth } from '../../../components/use-width'
import type { AppState } from '../../../store/app-store'

const PLAYING_GAP_MS = 100

const selectJump = (s: AppState) => s.jumpTo

export function TxnView() {
  const store = useAppStoreApi()
  const jumpTo = useAppStore(selectJump)
  const { cursor, timeline } = useCursorView(PLAYING_GAP_MS)
  const box = useRef<HTMLDivElement>(null)
  const widthPx = useWidth(box)
  const hatch = `txn-hatch-${useId().replace(/\W/g, '')}`
  const table = txnTableAt(timeline, cursor)
  // As far as the run was seen, read now: this render was asked for by the cursor above.
  const seenUntil = seenUntilOf(store.getState())
  const forgotten = table.rows.some((r) =>
    r.coordinator.spans.some((x) => x.state === 'forgotten' && !x.down),
  )

  return (
    <section className="panel txn-view" aria-label={t('txns.title')}>
      <h2>{t('txns.title')}</h2>
      <Hatching id={hatch} />
      {table.rows.length === 0 ? (
        <p className="hint">{t('txns.none')}</p>
      ) : (
        <p className="txn-summary">{summaryText(table)}</p>
      )}
      <TxnLegend
        threePhase={timeline.scenario.protocol === '3pc'}
        forgotten={forgotten}
        hatch={hatch}
      />
      <div className="txn-scroll" ref={box}>
        {table.rows.length > 0 && widthPx > 0 ? (
          <TxnTableView
            table={table}
            widthPx={widthPx}
            seenUntil={seenUntil}
            hatch={hatch}
            go={jumpTo}
          />
        ) : null}
      </div>
    </section>
  )
}

/** Diagonal stripes over the prepared colour: a participant holding its locks, blocked. */
function Hatching({ id }: { readonly id: string }) {
  return (
    <svg className="txn-defs" width={0} height={0} aria-hidden="true">
      <defs>
        <pattern
          id={id}
          width={5}
          height={5}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect className="txn-hatch-ground" width={5} height={5} />
          <rect className="txn-hatch-stripe" width={2.2} height={5} />
        </pattern>
      </defs>
    </svg>
  )
}
