/**
 * The pane sizes as React state: the user's choices (written back to storage a moment
 * after the last change) over defaults that follow the window's size.
 */

import { useCallback, useEffect, useState } from 'react'
import {
  defaultSizes,
  loadChosen,
  saveChosen,
  sizesOf,
  type ChosenSizes,
  type Pane,
  type PaneSizes,
} from './pane-sizes'

const SAVE_AFTER_MS = 300

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight })

export interface PaneSizing {
  readonly sizes: PaneSizes
  resize(pane: Pane, px: number): void
  /** Forget the user's size for this pane: it follows the window again. */
  reset(pane: Pane): void
}

export function usePaneSizes(): PaneSizing {
  const [chosen, setChosen] = useState<ChosenSizes | null>(null)
  const [defaults, setDefaults] = useState(() => defaultSizes(viewport()))
  useEffect(() => {
    const onResize = () => setDefaults(defaultSizes(viewport()))
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  // Nothing is written until the user resizes something (chosen stays null until then).
  useEffect(() => {
    if (chosen === null) return
    const timer = setTimeout(() => saveChosen(chosen), SAVE_AFTER_MS)
    return () => clearTimeout(timer)
  }, [chosen])
  const resize = useCallback(
    (pane: Pane, px: number) => setChosen((c) => ({ ...(c ?? loadChosen()), [pane]: px })),
    [],
  )
  const reset = useCallback(
    (pane: Pane) =>
      setChosen((c) => {
        const next: Partial<Record<Pane, number>> = { ...(c ?? loadChosen()) }
        delete next[pane]
        return next
      }),
    [],
  )
  const [stored] = useState(loadChosen)
  return { sizes: sizesOf(chosen ?? stored, defaults), resize, reset }
}
