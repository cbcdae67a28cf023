/** Nakamoto consensus in the shared views: legend, message shapes, inspector, gallery, variants. */

import { NAKAMOTO_GALLERY, NAKAMOTO_VARIANT_GALLERY } from './gallery'
import { inspectCrashedMiner, inspectMiner } from './inspect'
import { NAKAMOTO_INVARIANT_NOTES } from './invariant-notes'
import { NAKAMOTO_LESSONS } from './lessons'
import { NAKAMOTO_VARIANTS } from './variants'
import { nakamotoMachine } from './machine'
import { gallerySections } from '../gallery-sections'
import type { ProtocolPresentation } from '../presentation'
import type { Durable } from './types'

export const nakamotoPresentation: ProtocolPresentation = {
  name: 'nakamoto',
  machine: nakamotoMachine,
  blurb: 'Miners extend the longest chain; forks, reorgs and selfish mining (Nakamoto, 2008)',
  legend: {
    roles: ['miner'],
    messages: [
      { label: 'Block', request: 'Block' },
      { label: 'Ask for a missing block', request: 'GetBlock' },
      { label: 'Ask for the tip (after a restart)', request: 'GetTip' },
      { label: 'Transaction', request: 'Tx' },
    ],
  },
  glyphs: {
    Block: 'hexagon',
    GetBlock: 'diamond',
    GetTip: 'envelope',
    Tx: 'dot',
  },
  inspect: (id, state) => inspectMiner(id, state as { value: unknown; context: unknown }),
  inspectCrashed: (id, durable) => inspectCrashedMiner(id, durable as Durable | null),
  gallery: gallerySections('Nakamoto', NAKAMOTO_GALLERY, NAKAMOTO_VARIANT_GALLERY),
  lessons: NAKAMOTO_LESSONS,
  variants: NAKAMOTO_VARIANTS,
  invariantNotes: NAKAMOTO_INVARIANT_NOTES,
}
