/** SWIM's and push gossip's gallery. */

import type { Preset } from '../../../scenario/preset'

export const SWIM_GALLERY: readonly Preset[] = []
export const SWIM_VARIANT_GALLERY: readonly Preset[] = []
export const GOSSIP_GALLERY: readonly Preset[] = []
