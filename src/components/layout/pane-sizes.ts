/**
 * The sizes of the resizable panes, in CSS pixels: the side panel's width, the dock's
 * height and the event log's width inside the dock. A pane the user never resized takes a
 * share of the window (so a 1024 px screen gives the diagram room, a 1440 px one gives the
 * side panel more); one the user resized keeps its size in localStorage across reloads.
 * A size read back is clamped, so a stale or hostile value can only give a usable layout.
 */

/**
 * Each pane sits right of or below its splitter, so moving the splitter right or down
 * shrinks it. `vertical`: the splitter stands between side-by-side panes.
 */
export const PANES = {
  side: { min: 260, max: 720, orientation: 'vertical' },
  dock: { min: 140, max: 900, orientation: 'horizontal' },
  log: { min: 200, max: 900, orientation: 'vertical' },
} as const

export type Pane = keyof typeof PANES
export type PaneSizes = Readonly<Record<Pane, number>>
/** Only the panes the user resized. */
export type ChosenSizes = Readonly<Partial<Record<Pane, number>>>

export const STORAGE_KEY = 'clusterscope.layout'

const clamp = (lo: number, v: number, hi: number) => Math.min(hi, Math.max(lo, v))

/** What a pane gets in a window of this size until the user resizes it. */
export function defaultSizes(viewport: { width: number; height: number }): PaneSizes {
  const side = Math.round(clamp(280, viewport.width * 0.27, 380))
  const stage = viewport.width - side
  return {
    side,
    dock: Math.round(clamp(170, viewport.height * 0.3, 320)),
    log: Math.round(clamp(240, stage * 0.3, 380)),
  }
}

export function clampSize(pane: Pane, px: number): number {
  const { min, max } = PANES[pane]
  return Math.round(clamp(min, px, max))
}

/** Whatever the storage holds, the valid sizes in it, within bounds. */
export function parseChosen(text: string | null): ChosenSizes {
  let raw: unknown = null
  try {
    raw = text === null ? null : JSON.parse(text)
  } catch {
    raw = null
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {}
  const record = raw as Record<string, unknown>
  const chosen: Partial<Record<Pane, number>> = {}
  for (const pane of Object.keys(PANES) as Pane[]) {
    const v = record[pane]
    if (typeof v === 'number' && Number.isFinite(v)) chosen[pane] = clampSize(pane, v)
  }
  return chosen
}

export function sizesOf(chosen: ChosenSizes, defaults: PaneSizes): PaneSizes {
  return {
    side: chosen.side ?? defaults.side,
    dock: chosen.dock ?? defaults.dock,
    log: chosen.log ?? defaults.log,
  }
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function loadChosen(): ChosenSizes {
  return parseChosen(storage()?.getItem(STORAGE_KEY) ?? null)
}

export function saveChosen(chosen: ChosenSizes): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(chosen))
  } catch {
    // A full or forbidden storage only costs the layout on the next visit.
  }
}
