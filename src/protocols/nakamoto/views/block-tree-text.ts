/** The block tree in words, for its accessible name and the summary above it. */

import { t } from '../../../i18n'
import { formatMs } from '../../../render/charts/time-format'
import type { BlockTree, MinerAtCursor } from './block-tree-model'

export function treeSummary(tree: BlockTree, miners: readonly MinerAtCursor[], atMs: number) {
  const mined = tree.blocks.length - 1
  const lines = [
    t('nakamoto.views.tree.headline', {
      at: formatMs(atMs),
      count: mined,
      height: tree.mainTip.height,
      tip: tree.mainTip.id,
      orphaned: tree.orphaned,
    }),
  ]
  if (tree.withheld > 0) lines.push(t('nakamoto.views.tree.withheld', { count: tree.withheld }))
  for (const tip of tree.tips) {
    const block = tree.blocks.find((b) => b.id === tip.block)!
    const down = tip.nodes.filter((id) => miners.find((m) => m.id === id)?.context === null)
    lines.push(
      t(block.status === 'main' ? 'nakamoto.views.tree.tipMain' : 'nakamoto.views.tree.tipSide', {
        nodes: tip.nodes.join(', '),
        block: tip.block,
        height: block.height,
      }) + (down.length > 0 ? t('nakamoto.views.tree.tipDown', { nodes: down.join(', ') }) : ''),
    )
  }
  return lines
}
