/**
 * The gallery: named, described scenarios, each opening at its telling moment as a new run
 * (the current run stays a branch). Each also has its share link, to put on a slide.
 */

import { useRef, useState } from 'react'
import { GALLERY } from '../app/gallery'
import { buildFragment } from '../scenario/codec'
import { useAppStoreApi } from '../store/context'
import { Modal } from './Modal'
import type { Preset } from '../scenario/preset'

export function GalleryButton() {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setOpen(false)
    // Once the modal is gone the page is no longer inert and the button can take focus.
    requestAnimationFrame(() => button.current?.focus())
  }
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Gallery
      </button>
      {open && (
        <Modal label="Gallery" className="params-dialog gallery-dialog" onClose={close}>
          <GalleryList onOpened={close} />
        </Modal>
      )}
    </>
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
      <ul className="gallery" aria-label="Scenarios">
        {GALLERY.map((preset) => (
          <li key={preset.id}>
            <h3>{preset.title}</h3>
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
              <span className="hint">opens at {(preset.t / 1000).toFixed(3)} s</span>
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}
