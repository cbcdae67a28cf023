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

export function GalleryButton() {
  return (
    <ModalButton label="Gallery" className="params-dialog gallery-dialog">
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
        <h2>Gallery</h2>
        <button type="button" className="quiet" onClick={onOpened}>
          Close
        </button>
      </div>
      <p className="panel-hint">
        Each scenario opens at its telling moment, paused. Play on or step back from there; your
        current run stays in the branch list.
      </p>
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
                    aria-label={`Open ${preset.title}`}
                    onClick={() => open(preset)}
                  >
                    Open
                  </button>
                  <a
                    href={`#${buildFragment({ scenario: preset.scenario, t: preset.t })}`}
                    aria-label={`Link to ${preset.title}`}
                    onClick={onOpened}
                  >
                    Link
                  </a>
                  <span className="hint">opens at {formatTime(preset.t)}</span>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
