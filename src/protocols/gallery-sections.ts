/** A protocol's gallery in two sections: working as published, then broken on purpose. */

import { t } from '../i18n/translate'
import type { GallerySection } from './presentation'
import type { Preset } from '../scenario/preset'

export function gallerySections(
  title: string,
  working: readonly Preset[],
  broken: readonly Preset[],
): readonly GallerySection[] {
  return [
    { title, presets: working },
    {
      // Getters, so the gallery reads its headings in the language of the moment.
      get title() {
        return t('gallery.brokenTitle', { protocol: title })
      },
      get note() {
        return t('gallery.brokenNote', { protocol: title })
      },
      presets: broken,
    },
  ]
}
