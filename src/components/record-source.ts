/**
 * Where a recording's frames come from: the store is moved to each frame's time, the graph
 * renderer (subscribed to the store) redraws at once, and its SVG is copied out as it
 * stands; the space-time diagram is drawn from the run at the same moment.
 */

import { standaloneSvg } from '../render/export-image'
import { diagramAt, drawFrame, type DiagramSource } from '../render/record-frame'
import { resolvePalette } from '../render/spacetime/palette'
import { formatTime } from './format'
import type { AppStore } from '../store/app-store'
import type { RecordRange } from '../render/record-plan'

/** The diagram's lane for clients, as the on-screen diagram names it. */
const CLIENTS_LANE = 'clients'

export interface FrameSourceOptions {
  readonly store: AppStore
  /** The graph's SVG on screen, or null when it is gone. */
  readonly graph: () => SVGSVGElement | null
  readonly withDiagram: boolean
  readonly range: RecordRange
}

export function frameSource(options: FrameSourceOptions) {
  const { store, graph, range } = options
  const body = getComputedStyle(document.body)
  const background = body.backgroundColor
  const ink = body.color
  const diagram = options.withDiagram ? diagramLook(store) : null
  return async (t: number, ctx: CanvasRenderingContext2D): Promise<void> => {
    store.getState().seek(t)
    const svg = graph()
    if (svg === null) throw new Error('the graph is no longer on screen')
    await drawFrame(ctx, {
      graphSvg: standaloneSvg(svg, background),
      // The run's diagram index grows as the run is simulated further: asked for each frame.
      diagramSvg:
        diagram === null
          ? null
          : diagramAt({ ...diagram, view: store.getState().timeline.spacetime() }, range, t),
      background,
      ink,
      caption: formatTime(t),
    })
  }
}

/** What stays the same for the whole recording: the lanes and the colours. */
function diagramLook(store: AppStore): Omit<DiagramSource, 'view'> {
  const s = store.getState()
  return {
    lanes: [...s.timeline.context.ids, CLIENTS_LANE],
    otherLane: CLIENTS_LANE,
    palette: resolvePalette(document.body),
  }
}
