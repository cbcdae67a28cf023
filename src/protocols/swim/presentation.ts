/** SWIM and push gossip in the shared views: legend, message shapes, inspector, gallery, variants. */

import { GOSSIP_GALLERY, SWIM_GALLERY, SWIM_VARIANT_GALLERY } from './gallery'
import { inspectCrashedSwim, inspectSwim } from './inspect'
import { SWIM_INVARIANT_NOTES } from './invariant-notes'
import { SWIM_VARIANTS } from './variants'
import { SWIM_LESSONS } from './lessons'
import { swimMachine } from './machine'
import { gallerySections } from '../gallery-sections'
import type { ProtocolPresentation } from '../presentation'
import type { Durable } from './types'
import type { SwimGhost } from './invariants'

const shared = {
  machine: swimMachine,
  glyphs: {
    Ping: 'diamond',
    PingAck: 'diamond-reply',
    PingReq: 'envelope',
    Join: 'hexagon',
    JoinReply: 'hexagon-reply',
    Rumor: 'dot',
  },
  inspect: (id: string, state: unknown) =>
    inspectSwim(id, state as { value: unknown; context: unknown }),
  inspectCrashed: (id: string, durable: unknown) =>
    inspectCrashedSwim(id, durable as Durable | null),
  invariantNotes: SWIM_INVARIANT_NOTES,
  opinions: (ghost: unknown) => {
    const g = ghost as SwimGhost | null
    return g?.counts === undefined ? null : { counts: g.counts, observers: g.upCount }
  },
} as const

export const swimPresentation: ProtocolPresentation = {
  ...shared,
  name: 'swim',
  blurb: 'Failure detection by probes and gossip, on up to 1,000 members (Das et al., 2002)',
  legend: {
    roles: ['alive'],
    messages: [
      { label: 'Ping / ack (with gossip)', request: 'Ping', reply: 'PingAck' },
      { label: 'Ping-req: ping it for me', request: 'PingReq' },
      { label: 'Join / the seed’s table', request: 'Join', reply: 'JoinReply' },
    ],
  },
  gallery: gallerySections('SWIM', SWIM_GALLERY, SWIM_VARIANT_GALLERY),
  lessons: SWIM_LESSONS,
  variants: SWIM_VARIANTS,
}

export const gossipPresentation: ProtocolPresentation = {
  ...shared,
  name: 'gossip',
  blurb: 'A rumour pushed to random members each round reaches all in O(log n) rounds',
  legend: {
    roles: ['alive'],
    messages: [{ label: 'Rumour', request: 'Rumor' }],
  },
  gallery: [{ title: 'Push gossip', presets: GOSSIP_GALLERY }],
  lessons: [],
  variants: [],
}
