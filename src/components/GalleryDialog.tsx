/**
 * The gallery: named, described scenarios, each opening at its telling moment as a new run
 * (the current run stays a branch). Each also has its share link, to put on a slide. A row
 * of protocol names jumps to each one's scenarios; it opens at the protocol of the run.
 */

import { useEffect, useRef } from 'react'
import { GALLERY_BY_PROTOCOL, type GallerySection } from '../app/gallery'
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

const groupId = (protocol: string) => `gallery-${protocol}`

/** Scrolls the gallery in `list` to `protocol`'s scenarios. */
function jump(list: HTMLElement | null, protocol: string, behavior: ScrollBehavior) {
  list?.querySelector(`#${groupId(protocol)}`)?.scrollIntoView({ behavior, block: 'start' })
}

function GalleryList({ onOpened }: { onOpened: () => void }) {
  const store = useAppStoreApi()
  const top = useRef<HTMLDivElement>(null)
  const open = (preset: Preset) => {
    store.getState().newRun(preset.scenario, preset.title, preset.t)
    onOpened()
  }
  // The run's own protocol first: no one should scroll past every other protocol's stories.
  const current = store.getState().scenario.protocol
  useEffect(() => {
    if (current === GALLERY_BY_PROTOCOL[0]?.protocol) return
    // After the dialog has opened (its effect runs after this one) and focused its first
    // control, which scrolls it to the top.
    const frame = requestAnimationFrame(() => jump(top.current, current, 'instant'))
    return () => cancelAnimationFrame(frame)
  }, [current])
  return (
    <div ref={top}>
      <div className="dialog-head">
        <h2>{t('gallery.title')}</h2>
        <button type="button" className="quiet" onClick={onOpened}>
          {t('common.close')}
        </button>
      </div>
      <p className="panel-hint">{t('gallery.intro')}</p>
      <nav className="gallery-nav" aria-label={t('gallery.protocols')}>
        {GALLERY_BY_PROTOCOL.map((g) => (
          <button
            key={g.protocol}
            type="button"
            className="quiet"
            aria-current={g.protocol === current ? 'true' : undefined}
            onClick={() => jump(top.current, g.protocol, 'smooth')}
          >
            {g.title}
          </button>
        ))}
      </nav>
      {GALLERY_BY_PROTOCOL.map((g) => (
        <div key={g.protocol} id={groupId(g.protocol)} className="gallery-group">
          {g.sections.map((section) => (
            <GallerySectionList
              key={section.title}
              section={section}
              open={open}
              onOpened={onOpened}
            />
          ))}
        </div>
      ))}
    </div>
  )
}

function GallerySectionList({
  section,
  open,
  onOpened,
}: {
  section: GallerySection
  open: (preset: Preset) => void
  onOpened: () => void
}) {
  return (
    <section className="gallery-section">
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
  )
}
