/**
 * Share: the link to this run at this moment (scenario, cursor time, view), ready to copy,
 * and the iframe code that embeds it. Pressing Share pauses playback, so the link names the
 * moment on screen.
 */

import { useCallback, useRef, useState } from 'react'
import { useAppStore, useAppStoreApi } from '../store/context'
import { embedSnippet, pageBase, shareUrl } from '../store/link'
import { useDismiss } from './use-dismiss'
import { CopyButton } from './CopyButton'
import type { AppState } from '../store/app-store'
import { formatTime } from './format'

const selector = (s: AppState) => ({ scenario: s.scenario, cursor: s.cursor, view: s.view })

export function SharePanel() {
  const store = useAppStoreApi()
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const close = useCallback(() => setOpen(false), [])
  useDismiss(root, open, close)
  const toggle = () => {
    if (!open) store.getState().pause()
    setOpen(!open)
  }

  return (
    <div className="share" ref={root}>
      <button type="button" aria-expanded={open} onClick={toggle}>
        Share
      </button>
      {open && <SharePopover />}
    </div>
  )
}

/** Mounted only while open: it follows the run (a seek, an undo) without costing a closed panel anything. */
function SharePopover() {
  const state = useAppStore(selector)
  const url = shareUrl(pageBase(), state)
  const embed = embedSnippet(pageBase(), state)
  return (
    <div className="popover share-popover" role="group" aria-label="Share this run">
      <label className="field">
        <span>Link to this run at {formatTime(state.cursor)}</span>
        <input
          type="text"
          readOnly
          aria-label="Share link"
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <div className="share-row">
        <CopyButton text={url} label="Copy link" />
        <a href={url} target="_blank" rel="noopener">
          Open in a new tab
        </a>
        <span className="hint">{url.length.toLocaleString('en')} characters</span>
      </div>
      <label className="field">
        <span>Embed in a slide or a page</span>
        <textarea
          readOnly
          rows={3}
          aria-label="Embed code"
          value={embed}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <div className="share-row">
        <CopyButton text={embed} label="Copy embed code" />
      </div>
    </div>
  )
}
