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
import { getLocale, t } from '../i18n'

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
        {t('share.button')}
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
    <div className="popover share-popover" role="group" aria-label={t('share.group')}>
      <label className="field">
        <span>{t('share.linkAt', { at: formatTime(state.cursor) })}</span>
        <input
          type="text"
          readOnly
          aria-label={t('share.link')}
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <div className="share-row">
        <CopyButton text={url} label={t('share.copyLink')} />
        <a href={url} target="_blank" rel="noopener">
          {t('share.newTab')}
        </a>
        <span className="hint">
          {t('share.characters', { count: url.length.toLocaleString(getLocale()) })}
        </span>
      </div>
      <label className="field">
        <span>{t('share.embed')}</span>
        <textarea
          readOnly
          rows={3}
          aria-label={t('share.embedCode')}
          value={embed}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <div className="share-row">
        <CopyButton text={embed} label={t('share.copyEmbed')} />
      </div>
    </div>
  )
}
