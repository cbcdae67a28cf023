/**
 * What the inspector lists of a miner: its height and tip, its share of the hash power,
 * what it waits for, and (selfish) what it withholds; and a table of its chain's newest
 * blocks, those k deep marked settled. A crashed miner: the chain it kept.
 */

import { t } from '../../i18n/translate'
import { formatMs } from '../../render/charts/time-format'
import { ancestorAt, blockOf } from './chain'
import type { Inspection, InspectorTable, KeyValue } from '../presentation'
import type { Block, Durable, MinerContext } from './types'
import type { BlockStore } from './store'

/** How many of the newest blocks the chain table lists. */
const ROWS = 30

function chainTable(
  id: string,
  c: { blocks: BlockStore; tip: string; height: number },
  k: number,
): InspectorTable {
  const rows: Block[] = []
  if (c.height > 0) {
    for (let b = ancestorAt(c.blocks, c.tip, c.height); rows.length < ROWS;) {
      rows.push(b)
      if (b.height === 0) break
      b = blockOf(c.blocks, b.parent)
    }
  }
  return {
    title: t('nakamoto.inspect.chain', { height: c.height }),
    label: t('nakamoto.inspect.chainOf', { id }),
    columns: [
      t('nakamoto.inspect.height'),
      t('nakamoto.inspect.block'),
      t('nakamoto.inspect.miner'),
      t('nakamoto.inspect.minedAt'),
      t('nakamoto.inspect.txs'),
    ],
    rows: rows.map((b) => ({
      key: b.id,
      cells: [
        String(b.height),
        b.id,
        b.miner === '' ? '—' : b.miner,
        formatMs(b.minedAt),
        b.txs.map((tx) => `${tx.id}=${tx.value}`).join(', ') || '—',
      ],
      done: c.height - b.height >= k,
    })),
    pending: t('nakamoto.inspect.unsettled', { k }),
  }
}

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`

export function inspectMiner(id: string, state: { value: unknown; context: unknown }): Inspection {
  const c = state.context as MinerContext
  const rows: KeyValue[] = [
    { label: t('inspect.machineState'), value: String(state.value) },
    { label: t('nakamoto.inspect.height'), value: String(c.height) },
    { label: t('nakamoto.inspect.tip'), value: c.tip },
    { label: t('nakamoto.inspect.share'), value: percent(c.opts.share) },
    { label: t('nakamoto.inspect.mined'), value: String(c.mined) },
    {
      label: t('nakamoto.inspect.orphans'),
      value: Object.keys(c.orphans).join(', ') || '—',
    },
    {
      label: t('nakamoto.inspect.pendingTxs'),
      value: c.waiting.map((w) => w.tx).join(', ') || '—',
    },
  ]
  if (c.opts.selfish) {
    rows.push({
      label: t('nakamoto.inspect.withheld'),
      value: c.withheld.map((b) => b.id).join(', ') || '—',
    })
    rows.push({
      label: t('nakamoto.inspect.publicHeight'),
      value: String(c.publicHeight),
    })
  }
  return { state: rows, tables: [chainTable(id, c, c.opts.confirmations)], store: [] }
}

export function inspectCrashedMiner(id: string, durable: Durable | null): Inspection {
  const rows: KeyValue[] = [{ label: t('inspect.state'), value: t('inspect.crashed') }]
  if (durable === null) return { state: rows, tables: [], store: [] }
  rows.push({ label: t('nakamoto.inspect.height'), value: String(durable.height) })
  rows.push({ label: t('nakamoto.inspect.tip'), value: durable.tip })
  return { state: rows, tables: [chainTable(id, durable, Infinity)], store: [] }
}
