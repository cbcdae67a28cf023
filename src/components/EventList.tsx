/**
 * The event log's list, virtual: rows of one height, and only those in view (plus a few
 * either side) in the page, so a million events cost what twenty do. One row at a time
 * is in the Tab order; the arrow keys, Page Up/Down, Home and End move between rows.
 */

import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react'
import { formatTime } from './format'
import { rowOfEntry, type Rows } from '../timeline/event-rows'
import { eventTypeOf } from '../timeline/event-types'
import { isAtEnd, scrollToEnd, scrollToShow, virtualWindow } from './virtual-window'
import type { EventIndex } from '../timeline/event-index'
import { t } from '../i18n'

/** Must match `.event-row` in event-log.css. */
const ROW_PX = 22
const OVERSCAN = 6

interface EventListProps {
  readonly index: EventIndex
  readonly rows: Rows
  /** How many rows are shown: those up to the cursor. */
  readonly count: number
  /** The row of the cursor's event, or -1. */
  readonly current: number
  readonly follow: boolean
  /**
   * Rows keep their elements and take new text as the window moves (playback following
   * the cursor); otherwise each row's element is its event's, so a click that lands as the
   * list changes still goes to the event that was under the pointer.
   */
  readonly rewriteInPlace: boolean
  readonly onFollow: (follow: boolean) => void
  readonly onPick: (entry: number) => void
  readonly empty: string | null
}

export function EventList(props: EventListProps) {
  const { index, rows, count, current, follow, rewriteInPlace, onFollow, onPick, empty } = props
  const scroller = useRef<HTMLDivElement>(null)
  const viewportPx = useHeight(scroller)
  const [scrollTopPx, setScrollTopPx] = useState(0)
  const [active, setActive] = useState<number | null>(null)
  /** A scroll position this component set, so its scroll event is not taken for the user's. */
  const ownScroll = useRef<number | null>(null)
  /** Where the list is scrolled to, as last set or seen in a scroll event. */
  const knownTop = useRef(0)
  const focusRow = useRef<number | null>(null)
  const list = useRef<HTMLDivElement>(null)
  /** The list's height as last rendered, and a scroll position to set once it is laid out. */
  const laidHeightPx = useRef(0)
  const afterLayout = useRef<number | null>(null)
  useEffect(() => {
    const observer = new ResizeObserver(() => {
      const px = afterLayout.current
      if (px === null) return
      afterLayout.current = null
      scrollList(scroller.current!, px, knownTop, ownScroll)
    })
    observer.observe(list.current!)
    return () => observer.disconnect()
  }, [])

  const size = { count, rowPx: ROW_PX, viewportPx }
  const topPx = follow ? scrollToEnd(size) : scrollTopPx
  const win = virtualWindow(size, topPx, OVERSCAN)
  const shown = virtualWindow(size, topPx, 0)
  const inView = (row: number) => row >= shown.first && row < shown.end
  const activeRow = active === null ? -1 : rowOfEntry(rows, active)
  const tabStop = [activeRow, current].find((r) => r >= 0 && r < count && inView(r)) ?? shown.first

  useLayoutEffect(() => {
    const el = scroller.current!
    const resized = laidHeightPx.current !== win.heightPx
    laidHeightPx.current = win.heightPx
    // Compared with the position last set or seen, never read back from the element:
    // reading it here would force a layout of the whole page in every frame of playback.
    if (Math.abs(knownTop.current - topPx) >= 1) {
      // Setting it forces one too, while the page has changes to lay out. When the list
      // grew (following in playback), it scrolls once the frame's own layout has seen the
      // new height: in the list's ResizeObserver, before the frame is painted.
      if (resized) afterLayout.current = topPx
      else scrollList(el, topPx, knownTop, ownScroll)
    } else afterLayout.current = null
    if (focusRow.current !== null) {
      el.querySelector<HTMLElement>(`[data-row="${focusRow.current}"]`)?.focus({
        preventScroll: true,
      })
      focusRow.current = null
    }
  })

  const onScroll = () => {
    const el = scroller.current!
    const now = el.scrollTop
    const own = ownScroll.current
    ownScroll.current = null
    knownTop.current = now
    setScrollTopPx(now)
    // The browser may have clamped or rounded the position this list set.
    const clamped = own !== null && now >= el.scrollHeight - el.clientHeight - 1 && now < own
    if (own !== null && (Math.abs(now - own) < 1 || clamped)) return
    const atEnd = isAtEnd(size, now)
    if (atEnd !== follow) onFollow(atEnd)
  }

  const onKeyDown = (e: KeyboardEvent) => {
    const pageRows = Math.max(1, Math.floor(viewportPx / ROW_PX) - 1)
    const to = keyTarget(e.key, tabStop, pageRows, count)
    if (to === null || count === 0) return
    e.preventDefault()
    setActive(rows.at(to))
    focusRow.current = to
    setScrollTopPx(scrollToShow(size, topPx, to))
    onFollow(to === count - 1)
  }

  // While playing, keyed by place in the window, not by event: as playback moves the window
  // on, the rows stay and take new text, where new rows for new events were made, styled
  // and laid out afresh ten times a second. The window moves as one block.
  const items = []
  for (let row = win.first; row < win.end; row++) {
    const entry = rows.at(row)
    const e = index.entry(entry)
    const text = index.describe(entry)
    items.push(
      <div
        key={rewriteInPlace ? row - win.first : `e${entry}`}
        role="listitem"
        className="event-row"
        data-type={eventTypeOf(e.kind)}
        aria-setsize={count}
        aria-posinset={row + 1}
        aria-current={row === current ? 'true' : undefined}
      >
        <button
          type="button"
          tabIndex={row === tabStop ? 0 : -1}
          data-row={row}
          title={text}
          onClick={() => onPick(entry)}
          onMouseDown={focusInPlace}
          onFocus={() => setActive(entry)}
        >
          <span className="event-time">{formatTime(e.t)}</span>{' '}
          <span className="event-text">{text}</span>
        </button>
      </div>,
    )
  }

  return (
    <div
      className="event-log-scroller"
      ref={scroller}
      onScroll={onScroll}
      onWheel={(e) => {
        // Leaves at once, before the next update can pull the list back to the end.
        if (follow && e.deltaY < 0 && e.currentTarget.scrollTop > 0) onFollow(false)
      }}
    >
      <div
        ref={list}
        role="list"
        aria-label={t('eventLog.title')}
        className="event-log-list"
        style={{ height: win.heightPx }}
        onKeyDown={onKeyDown}
      >
        <div
          className="event-log-window"
          style={{ transform: `translateY(${win.first * ROW_PX + win.shiftPx}px)` }}
        >
          {items}
        </div>
      </div>
      {empty === null ? null : <p className="hint event-log-empty">{empty}</p>}
    </div>
  )
}

/** Scrolls the list, noting where (`known`) and that it was this list's doing (`own`). */
function scrollList(
  el: HTMLElement,
  px: number,
  known: RefObject<number>,
  own: RefObject<number | null>,
) {
  el.scrollTop = px
  known.current = px
  own.current = px
}

/**
 * Focuses a row on press without scrolling it into view: a row half cut by the edge would
 * otherwise scroll, slide from under the pointer, and the click would miss it.
 */
function focusInPlace(e: MouseEvent<HTMLButtonElement>) {
  if (e.button !== 0) return
  e.preventDefault()
  e.currentTarget.focus({ preventScroll: true })
}

function keyTarget(key: string, from: number, pageRows: number, count: number): number | null {
  const clamp = (row: number) => Math.min(count - 1, Math.max(0, row))
  switch (key) {
    case 'ArrowDown':
      return clamp(from + 1)
    case 'ArrowUp':
      return clamp(from - 1)
    case 'PageDown':
      return clamp(from + pageRows)
    case 'PageUp':
      return clamp(from - pageRows)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

/** The element's inner height, kept up to date as its box is resized. */
function useHeight(ref: RefObject<HTMLElement | null>): number {
  const [heightPx, setHeightPx] = useState(0)
  useEffect(() => {
    const el = ref.current!
    const observer = new ResizeObserver(() => setHeightPx(el.clientHeight))
    observer.observe(el)
    setHeightPx(el.clientHeight)
    return () => observer.disconnect()
  }, [ref])
  return heightPx
}
