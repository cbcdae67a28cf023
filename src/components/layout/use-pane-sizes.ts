/** The pane sizes as React state, written back to storage a moment after the last change. */

import { useCallback, useEffect, useState } from 'react'
import { loadSizes, saveSizes, type Pane, type PaneSizes } from './pane-sizes'

const SAVE_AFTER_MS = 300

export function usePaneSizes(): [PaneSizes, (pane: Pane, px: number) => void] {
  const [sizes, setSizes] = useState<PaneSizes>(loadSizes)
  useEffect(() => {
    const timer = setTimeout(() => saveSizes(sizes), SAVE_AFTER_MS)
    return () => clearTimeout(timer)
  }, [sizes])
  const resize = useCallback(
    (pane: Pane, px: number) => setSizes((s) => (s[pane] === px ? s : { ...s, [pane]: px })),
    [],
  )
  return [sizes, resize]
}

/** Whether a media query matches now, following changes (a tablet turned, a window resized). */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches)
  useEffect(() => {
    const list = window.matchMedia(query)
    const onChange = () => setMatches(list.matches)
    onChange()
    list.addEventListener('change', onChange)
    return () => list.removeEventListener('change', onChange)
  }, [query])
  return matches
}
