/**
 * Every protocol's part in the shared views, by name: one line per protocol. The views
 * read it through these functions and never name a protocol themselves.
 */

import { allreducePresentation } from './allreduce/presentation'
import { chainPresentation } from './chain/presentation'
import { threePhasePresentation, twoPhasePresentation } from './atomic-commit/presentation'
import { dynamoPresentation } from './dynamo/presentation'
import { mapReducePresentation } from './mapreduce/presentation'
import { nakamotoPresentation } from './nakamoto/presentation'
import { paxosPresentation } from './paxos/presentation'
import { pbPresentation } from './primary-backup/presentation'
import { raftPresentation } from './raft/presentation'
import { gossipPresentation, swimPresentation } from './swim/presentation'
import type { GlyphShape, ProtocolPresentation } from './presentation'

export const presentationLookup: ReadonlyMap<string, ProtocolPresentation> = new Map(
  [
    raftPresentation,
    paxosPresentation,
    pbPresentation,
    chainPresentation,
    dynamoPresentation,
    twoPhasePresentation,
    threePhasePresentation,
    swimPresentation,
    gossipPresentation,
    nakamotoPresentation,
    mapReducePresentation,
    allreducePresentation,
  ].map((p) => [p.name, p]),
)

/** Every message kind any protocol draws, with its shape; client messages are shared. */
export const messageGlyphs: Readonly<Record<string, GlyphShape>> = Object.assign(
  { ClientRequest: 'triangle', ClientReply: 'triangle-reply' } as Record<string, GlyphShape>,
  ...[...presentationLookup.values()].map((p) => p.glyphs),
)
