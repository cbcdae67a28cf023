/** Chain replication's gallery, in teaching order: normal operation, each failure, CRAQ. */

import { craqReads } from './craq-reads'
import { headFailure } from './head-failure'
import { masterCrash } from './master-crash'
import { middleFailure } from './middle-failure'
import { noResendOnRepair } from './no-resend-on-repair'
import { normalOperation } from './normal-operation'
import { readAnyNode } from './read-any-node'
import { tailFailure } from './tail-failure'
import type { Preset } from '../../../scenario/preset'

export const CHAIN_GALLERY: readonly Preset[] = [
  normalOperation,
  headFailure,
  middleFailure,
  tailFailure,
  masterCrash,
  craqReads,
]

/** One scenario per broken variant (variants.ts), each opening where its failure shows. */
export const CHAIN_VARIANT_GALLERY: readonly Preset[] = [readAnyNode, noResendOnRepair]
