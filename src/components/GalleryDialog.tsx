/**
 * The gallery: named, described scenarios, each opening at its telling moment as a new run
 * (the current run stays a branch). Each also has its share link, to put on a slide.
 */

import { GALLERY_SECTIONS } from '../app/gallery'
import { buildFragment } from '../scenario/codec'
import { useAppStoreApi } from '../store/context'
import { ModalButton } from './ModalButton'
import type { Preset } from '../scenario/preset'
import { formatTime } from './format'
import { t } from '../i18n'

export function GalleryButton() {
  return (
    <ModalButton label={t('gallery.title')} className="params-dialog gallery-dialog">
      {(close) => <GalleryList onOpened={close} />}
    </ModalButton>
  )
}

function GalleryList({ onOpened }: { onOpened: () => void }) {
  const store = useAppStoreApi()
  const open = (preset: Preset) => {
    store.getState().newRun(preset.scenario, preset.title, preset.t)
    onOpened()
  }
  return (
    <>
      <div className="dialog-head">
        <h2>{t('gallery.title')}</h2>
        <button type="button" className="quiet" onClick={onOpened}>
          {t('common.close')}
        </button>
      </div>
      <p className="panel-hint">{t('gallery.intro')}</p>
      {GALLERY_SECTIONS.map((section) => (
        <section key={section.title} className="gallery-section">
          <h3>{section.title}</h3>
          {section.note === undefined ? null : <p className="panel-hint">{section.note}</p>}
          <ul className="gallery" aria-label={section.title}>
            {section.presets.map((preset) => (
              <li key={preset.id}>
                <h4>{preset.title}</h4>
                <p>{preset.summary}</p>
                <div className="gallery-row">
                  <button
                    type="button"
                    className="primary"
                    aria-label={t('gallery.openNamed', { title: preset.title })}
                    onClick={() => open(preset)}
                  >
                    {t('common.open')}
                  </button>
                  <a
                    href={`#${buildFragment({ scenario: preset.scenario, t: preset.t })}`}
                    aria-label={t('gallery.linkNamed', { title: preset.title })}
                    onClick={onOpened}
                  >
                    {t('common.link')}
                  </a>
                  <span className="hint">{t('gallery.opensAt', { at: formatTime(preset.t) })}</span>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
