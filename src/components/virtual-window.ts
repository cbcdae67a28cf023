/**
 * The arithmetic of a virtual list with rows of one fixed height: which rows a scroll
 * position shows, and where to scroll to show a row. Browsers cap an element's height
 * (Firefox near 17.9 million px), so a longer list is compressed: its scroll height stays
 * under MAX_HEIGHT_PX and each pixel scrolled moves the rows proportionally further.
 */

export const MAX_HEIGHT_PX = 15_000_000

export interface ListSize {
  readonly count: number
  readonly rowPx: number
  readonly viewportPx: number
}

export interface VirtualWindow {
  /** The height of the scrolled content. */
  readonly heightPx: number
  /** The rows to render: [first, end). */
  readonly first: number
  readonly end: number
  /** Row r goes at r * rowPx + shiftPx from the top of the content. */
  readonly shiftPx: number
}

/** The content's height, and how many rows' pixels one pixel of scroll moves. */
function scale({ count, rowPx, viewportPx }: ListSize, maxHeightPx: number) {
  const contentPx = count * rowPx
  const heightPx = Math.min(contentPx, maxHeightPx)
  const roomPx = heightPx - viewportPx
  const ratio = contentPx > heightPx && roomPx > 0 ? (contentPx - viewportPx) / roomPx : 1
  return { heightPx, ratio }
}

export function virtualWindow(
  size: ListSize,
  scrollTopPx: number,
  overscan: number,
  maxHeightPx = MAX_HEIGHT_PX,
): VirtualWindow {
  const { count, rowPx, viewportPx } = size
  const { heightPx, ratio } = scale(size, maxHeightPx)
  // Where the uncompressed list would be scrolled to.
  const offsetPx = scrollTopPx * ratio
  const first = clamp(Math.floor(offsetPx / rowPx) - overscan, 0, count)
  const end = clamp(Math.ceil((offsetPx + viewportPx) / rowPx) + overscan, first, count)
  return { heightPx, first, end, shiftPx: scrollTopPx - offsetPx }
}

/** The scroll position nearest `scrollTopPx` that shows row `row` whole. */
export function scrollToShow(
  size: ListSize,
  scrollTopPx: number,
  row: number,
  maxHeightPx = MAX_HEIGHT_PX,
): number {
  const { rowPx, viewportPx } = size
  const { ratio } = scale(size, maxHeightPx)
  const offsetPx = scrollTopPx * ratio
  const topPx = row * rowPx
  if (topPx < offsetPx) return topPx / ratio
  if (topPx + rowPx > offsetPx + viewportPx) return Math.max(0, topPx + rowPx - viewportPx) / ratio
  return scrollTopPx
}

/** The scroll position that shows the last row at the bottom. */
export function scrollToEnd(size: ListSize, maxHeightPx = MAX_HEIGHT_PX): number {
  return Math.max(0, scale(size, maxHeightPx).heightPx - size.viewportPx)
}

/** Whether the list is scrolled to its end, give or take half a row (browsers round). */
export function isAtEnd(size: ListSize, scrollTopPx: number, maxHeightPx = MAX_HEIGHT_PX) {
  return scrollTopPx >= scrollToEnd(size, maxHeightPx) - size.rowPx / 2
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x))
}
