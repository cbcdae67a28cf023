/** The gallery the app shows: every protocol's scenarios, in teaching order. */

import { RAFT_GALLERY, RAFT_VARIANT_GALLERY } from '../protocols/raft/gallery'
import type { Preset } from '../scenario/preset'

export interface GallerySection {
  readonly title: string
  readonly note?: string
  readonly presets: readonly Preset[]
}

export const GALLERY_SECTIONS: readonly GallerySection[] = [
  { title: 'Raft', presets: RAFT_GALLERY },
  {
    title: 'Broken on purpose',
    note: 'Raft with one rule taken out, to see what the rule prevents: each opens where the checks catch it.',
    presets: RAFT_VARIANT_GALLERY,
  },
]

export const GALLERY: readonly Preset[] = GALLERY_SECTIONS.flatMap((s) => s.presets)
