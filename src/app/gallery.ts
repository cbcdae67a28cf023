/** The gallery the app shows: every protocol's scenarios, each in its own teaching order. */

import { presentationLookup } from '../protocols/presentations'
import { specLookup } from '../protocols/registry'
import type { GallerySection } from '../protocols/presentation'
import type { Preset } from '../scenario/preset'

export type { GallerySection }

export const GALLERY_SECTIONS: readonly GallerySection[] = [...presentationLookup.values()].flatMap(
  (p) => p.gallery,
)

export const GALLERY: readonly Preset[] = GALLERY_SECTIONS.flatMap((s) => s.presets)

/** The gallery by protocol (its name and title), for a table of contents. */
export const GALLERY_BY_PROTOCOL: readonly {
  readonly protocol: string
  readonly title: string
  readonly sections: readonly GallerySection[]
}[] = [...presentationLookup.values()].map((p) => ({
  protocol: p.name,
  title: specLookup(p.name)?.title ?? p.name,
  sections: p.gallery,
}))
