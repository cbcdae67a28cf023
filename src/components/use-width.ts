/** An element's inner width, kept up to date as its box is resized. */

import { useEffect, useState, type RefObject } from 'react'

export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [widthPx, setWidthPx] = useState(0)
  useEffect(() => {
    const el = ref.current!
    const observer = new ResizeObserver(() => setWidthPx(el.clientWidth))
    observer.observe(el)
    setWidthPx(el.clientWidth)
    return () => observer.disconnect()
  }, [ref])
  return widthPx
}
