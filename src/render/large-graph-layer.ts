/**
 * The large graph's node layer: an offscreen canvas holding every node, the partition
 * rings and the ids, copied under the messages each frame. It is drawn anew only when the
 * picture moves (layout, theme, pan and zoom, partitions, who is a member); when only
 * some nodes' looks changed (a crash, a member's opinion spreading) just those are
 * stamped again; when nothing changed it is left alone. So a frame while playing costs a
 * copy of the layer and a few stamps, not a thousand nodes.
 */

import { drawNodes, restampNodes, type Device, type StampedLooks } from './large-graph-draw'
import { createSprites } from './large-graph-sprites'
import type { LargeLayout } from './large-graph-layout'
import type { LargeGraphModel, LargeNode } from './large-graph-model'
import type { LargePalette } from './large-graph-palette'

export interface LayerInputs {
  readonly model: LargeGraphModel
  readonly layout: LargeLayout
  readonly palette: LargePalette
  readonly device: Device
}

/** Whether the nodes' views (the store reuses one while nothing shown changed) changed. */
function sameNodes(a: readonly LargeNode[], b: readonly LargeNode[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false
  return true
}

function sameMembers(a: readonly LargeNode[], b: readonly LargeNode[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < b.length; i++) if (a[i]!.member !== b[i]!.member) return false
  return true
}

const sameDevice = (a: Device | null, b: Device) =>
  a !== null && a.k === b.k && a.x === b.x && a.y === b.y

export function createNodeLayer() {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')!
  const sprites = createSprites()
  let layout: LargeLayout | null = null
  let palette: LargePalette | null = null
  let device: Device | null = null
  let groupOf: readonly number[] | null = null
  let nodes: readonly LargeNode[] = []
  let counts = new Int32Array(0)
  let observers = 0
  let looks: StampedLooks = []

  /** Keeps a copy of the opinion counts; true when they differ from the last copy. */
  const countsChanged = (m: LargeGraphModel): boolean => {
    const o = m.opinions
    if (o === null) {
      const had = counts.length !== 0
      counts = new Int32Array(0)
      return had
    }
    const c = o.counts
    let changed = counts.length !== c.length || observers !== o.observers
    if (counts.length !== c.length) counts = new Int32Array(c.length)
    for (let i = 0; i < c.length; i++) {
      if (counts[i] !== c[i]) {
        counts[i] = c[i]!
        changed = true
      }
    }
    observers = o.observers
    return changed
  }

  return {
    canvas,
    /** Sizes the layer in device px; the next draw is a whole one. */
    resize(width: number, height: number) {
      canvas.width = width
      canvas.height = height
      layout = null
    },
    /** Brings the layer up to date; returns how many nodes were stamped (0: none). */
    draw(inputs: LayerInputs): number {
      const m = inputs.model
      const whole =
        layout !== inputs.layout ||
        palette !== inputs.palette ||
        !sameDevice(device, inputs.device) ||
        groupOf !== m.groupOf ||
        !sameMembers(nodes, m.nodes)
      const views = !sameNodes(nodes, m.nodes)
      // Always run: it keeps the copy of the counts current.
      const opinions = countsChanged(m)
      if (!whole && !views && !opinions) return 0
      nodes = m.nodes.slice()
      if (!whole)
        return restampNodes(ctx, inputs.layout, m, inputs.palette, inputs.device, sprites, looks)
      layout = inputs.layout
      palette = inputs.palette
      device = inputs.device
      groupOf = m.groupOf
      ctx.setTransform(1, 0, 0, 1, 0, 0)
      ctx.clearRect(0, 0, canvas.width, canvas.height)
      looks = drawNodes(ctx, inputs.layout, m, inputs.palette, inputs.device, sprites)
      return looks.length
    },
  }
}

export type NodeLayer = ReturnType<typeof createNodeLayer>
