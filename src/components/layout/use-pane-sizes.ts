/**
 * The pane sizes as React state: the user's choices (written to storage as they change, so
 * a reload straight after a drag keeps it) over defaults that follow the window's size.
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

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight })

export interface PaneSizing {
  readonly sizes: PaneSizes
  resize(pane: Pane, px: number): void
  /** Forget the user's size for this pane: it follows the window again. */
  reset(pane: Pane): void
}

export function usePaneSizes(): PaneSizing {
  const [chosen, setChosen] = useState<ChosenSizes>(loadChosen)
  const [defaults, setDefaults] = useState(() => defaultSizes(viewport()))
  useEffect(() => {
    const onResize = () => setDefaults(defaultSizes(viewport()))
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  // A write is a few microseconds, so each change is kept at once; a timer would lose the
  // last drag to a reload that comes sooner.
  useEffect(() => saveChosen(chosen), [chosen])
  const resize = useCallback(
    (pane: Pane, px: number) => setChosen((c) => (c[pane] === px ? c : { ...c, [pane]: px })),
    [],
  )
  const reset = useCallback(
    (pane: Pane) =>
      setChosen((c) => {
        const next: Partial<Record<Pane, number>> = { ...c }
        delete next[pane]
        return next
      }),
    [],
  )
  return { sizes: sizesOf(chosen, defaults), resize, reset }
}
