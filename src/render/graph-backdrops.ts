/**
 * Partition backdrops: a tinted blob with a dashed, cut-looking edge behind each group, so
 * the sides of a partition read as separate islands. Nothing when the network is whole.
 */

import { svgEl } from './graph-dom'
import { groupOutline } from './graph-geometry'
import type { GraphModel, Point } from './model'

const PAD = 50
const BELOW = 24

export function createBackdropLayer(layer: SVGGElement) {
  const paths: SVGPathElement[] = []
  let drawn = ''

  function draw(outlines: readonly string[]) {
    while (paths.length > outlines.length) paths.pop()!.remove()
    while (paths.length < outlines.length) {
      paths.push(svgEl(layer, 'path', { class: `cg-backdrop g${paths.length % 4}` }))
    }
    outlines.forEach((d, i) => paths[i]!.setAttribute('d', d))
  }

  return {
    update(model: GraphModel, at: (id: string) => Point | undefined) {
      const partition = model.partition
      if (partition === null) {
        if (drawn !== '') draw([])
        drawn = ''
        return
      }
      const centres = partition.map((group) =>
        group.map(at).filter((p): p is Point => p !== undefined),
      )
      // Positions change only when a node is dragged, so most frames stop here.
      const key = centres.map((g) => g.map((p) => `${p.x},${p.y}`).join(' ')).join('|')
      if (key === drawn) return
      drawn = key
      draw(centres.map((g) => groupOutline(g, PAD, BELOW)))
    },
  }
}
