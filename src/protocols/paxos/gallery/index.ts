/** Multi-Paxos's gallery, in teaching order: from a stable leader to dueling proposers. */

import { acceptAnyValue } from './accept-any-value'
import { duelingProposers, randomBackoff } from './dueling-proposers'
import { leaderCrash } from './leader-crash'
import { minorityPartition } from './minority-partition'
import { noPromiseCheck } from './no-promise-check'
import { normalOperation } from './normal-operation'
import { volatileAcceptor } from './volatile-acceptor'
import type { Preset } from '../../../scenario/preset'

export const PAXOS_GALLERY: readonly Preset[] = [
  normalOperation,
  leaderCrash,
  minorityPartition,
  duelingProposers,
  randomBackoff,
]

/** One scenario per broken variant (variants.ts), each opening where its failure shows. */
export const PAXOS_VARIANT_GALLERY: readonly Preset[] = [
  acceptAnyValue,
  noPromiseCheck,
  volatileAcceptor,
]
