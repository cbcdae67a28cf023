/** The gallery the app shows: every protocol's scenarios, each in its own teaching order. */

import { presentationLookup } from '../protocols/presentations'
import type { GallerySection } from '../protocols/presentation'
import type { Preset } from '../scenario/preset'

export type { GallerySection }

export const GALLERY_SECTIONS: readonly GallerySection[] = [...presentationLookup.values()].flatMap(
  (p) => p.gallery,
)

export const GALLERY: readonly Preset[] = GALLERY_SECTIONS.flatMap((s) => s.presets)
