/**
 * The Block tree tab: every block mined by the cursor's time, a column per height, the
 * main chain on top and orphaned branches faded below it, blocks a miner keeps to itself
 * dashed, and over each block the miners whose tip it is. Redrawn from the world at the
 * cursor, ten times a second at most while playing; it scrolls to the newest blocks.
 */

import './nakamoto-views.css'
import { useLayoutEffect, useRef } from 'react'
import { useCursorView } from '../../../components/use-cursor-view'
import { t, useLocale } from '../../../i18n'
import { minerContextOf } from '..'
import { termColourIndex } from '../../../render/graph-glyphs'
import { blockTree, tipLabel, BLOCK_H_PX, BLOCK_W_PX, type BlockTree } from './block-tree-model'
import { treeSummary } from './block-tree-text'
import type { NakamotoGhost } from '../invariants'

const PLAYING_GAP_MS = 100

/** The miner's colour, as the cluster graph colours its blocks on the node (by miner number). */
const minerClass = (miner: string) =>
  miner === '' ? 'nk-genesis' : `nk-m${termColourIndex(Number(miner.slice(1)))}`

export function BlockTreeView() {
  useLocale()
  const { world } = useCursorView(PLAYING_GAP_MS)
  const miners = world.nodes.map((n) => ({
    id: n.id,
    context: n.up && n.state !== null ? minerContextOf(n.state) : null,
  }))
  const tree = blockTree(world.ghost as NakamotoGhost, miners)
  const lines = treeSummary(tree, miners, world.time)
  return (
    <section className="panel nk-view" aria-label={t('nakamoto.views.tree.title')}>
      <h2>{t('nakamoto.views.tree.title')}</h2>
      <ul className="nk-summary" aria-label={t('nakamoto.views.tree.summary')}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <TreeFigure tree={tree} label={lines[0]!} />
      <ul className="nk-legend" aria-hidden="true">
        <li>
          <span className="nk-swatch main" /> {t('nakamoto.views.tree.legendMain')}
        </li>
        <li>
          <span className="nk-swatch orphan" /> {t('nakamoto.views.tree.legendOrphan')}
        </li>
        <li>
          <span className="nk-swatch withheld" /> {t('nakamoto.views.tree.legendWithheld')}
        </li>
      </ul>
    </section>
  )
}

function TreeFigure({ tree, label }: { readonly tree: BlockTree; readonly label: string }) {
  const box = useRef<HTMLDivElement>(null)
  const shownWidth = useRef(0)
  // Newest blocks in view: scroll to the right end when the tree grows (or shrinks, after
  // a seek back), and leave the reader's scroll alone otherwise.
  useLayoutEffect(() => {
    const el = box.current
    if (el === null || shownWidth.current === tree.width) return
    shownWidth.current = tree.width
    el.scrollLeft = el.scrollWidth
  })
  return (
    <div className="nk-tree-scroll" ref={box}>
      <svg
        className="nk-tree"
        role="img"
        aria-label={t('nakamoto.views.tree.figure', { summary: label })}
        width={tree.width}
        height={tree.height}
        viewBox={`0 0 ${tree.width} ${tree.height}`}
      >
        {tree.edges.map((e) => (
          <path key={e.key} className={e.main ? 'nk-edge main' : 'nk-edge'} d={e.d} />
        ))}
        {tree.blocks.map((b) => (
          <g
            key={b.id}
            className={`nk-block ${b.status} ${minerClass(b.miner)}`}
            transform={`translate(${b.x},${b.y})`}
          >
            <title>
              {b.id === 'g'
                ? t('nakamoto.views.tree.genesis')
                : t(`nakamoto.views.tree.block.${b.status}`, {
                    id: b.id,
                    height: b.height,
                    miner: b.miner,
                  })}
            </title>
            <rect width={BLOCK_W_PX} height={BLOCK_H_PX} rx={3} />
            <text x={BLOCK_W_PX / 2} y={BLOCK_H_PX / 2}>
              {b.id}
            </text>
          </g>
        ))}
        {tree.tips.map((tip) => (
          <text key={tip.block} className="nk-tip" x={tip.x} y={tip.y}>
            {tipLabel(tip.nodes)}
          </text>
        ))}
      </svg>
    </div>
  )
}
