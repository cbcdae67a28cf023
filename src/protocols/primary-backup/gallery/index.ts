/** Primary-backup's gallery, in teaching order: from normal operation to its service down. */

import { backupCrash } from './backup-crash'
import { cutOffPrimary } from './cut-off-primary'
import { noForward } from './no-forward'
import { normalOperation } from './normal-operation'
import { primaryCrash } from './primary-crash'
import { stalePrimary } from './stale-primary'
import { viewServiceCrash } from './view-service-crash'
import type { Preset } from '../../../scenario/preset'

export const PB_GALLERY: readonly Preset[] = [
  normalOperation,
  primaryCrash,
  backupCrash,
  cutOffPrimary,
  viewServiceCrash,
]

/** One scenario per broken variant (variants.ts), each opening where its failure shows. */
export const PB_VARIANT_GALLERY: readonly Preset[] = [noForward, stalePrimary]
