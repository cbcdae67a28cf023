/**
 * The sizes of the resizable panes, in CSS pixels: the side panel's width, the dock's
 * height and the event log's width inside the dock. Kept in localStorage so a reload keeps
 * the layout the user made; a size read back is clamped, so a stale or hostile value can
 * only give a usable layout.
 */

export const PANES = {
  side: { fallback: 360, min: 260, max: 720 },
  dock: { fallback: 300, min: 140, max: 900 },
  log: { fallback: 360, min: 220, max: 900 },
} as const

export type Pane = keyof typeof PANES
export type PaneSizes = Readonly<Record<Pane, number>>

export const STORAGE_KEY = 'clusterscope.layout'

export const DEFAULT_SIZES: PaneSizes = {
  side: PANES.side.fallback,
  dock: PANES.dock.fallback,
  log: PANES.log.fallback,
}

export function clampSize(pane: Pane, px: number): number {
  const { min, max, fallback } = PANES[pane]
  if (!Number.isFinite(px)) return fallback
  return Math.round(Math.min(max, Math.max(min, px)))
}

/** Whatever the storage holds, a whole set of sizes within bounds. */
export function parseSizes(text: string | null): PaneSizes {
  let raw: unknown = null
  try {
    raw = text === null ? null : JSON.parse(text)
  } catch {
    raw = null
  }
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  const read = (pane: Pane) => {
    const v = record[pane]
    return typeof v === 'number' ? clampSize(pane, v) : PANES[pane].fallback
  }
  return { side: read('side'), dock: read('dock'), log: read('log') }
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function loadSizes(): PaneSizes {
  return parseSizes(storage()?.getItem(STORAGE_KEY) ?? null)
}

export function saveSizes(sizes: PaneSizes): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(sizes))
  } catch {
    // A full or forbidden storage only costs the layout on the next visit.
  }
}
