/**
 * The event queue: a binary min-heap over a plain array, ordered by (time, seq). Entries
 * are immutable, so a checkpoint copies the array and shares the entries.
 */

export interface Queued {
  readonly t: number
  readonly seq: number
}

function before(a: Queued, b: Queued): boolean {
  return a.t < b.t || (a.t === b.t && a.seq < b.seq)
}

export function heapPush<E extends Queued>(heap: E[], entry: E): void {
  heap.push(entry)
  siftUp(heap, heap.length - 1)
}

export function heapPop<E extends Queued>(heap: E[]): E | undefined {
  const top = heap[0]
  const last = heap.pop()
  if (heap.length > 0 && last !== undefined) {
    heap[0] = last
    siftDown(heap, 0)
  }
  return top
}

/** Removes the first entry matching `pred` (O(n); used only by rare user faults). */
export function heapRemove<E extends Queued>(heap: E[], pred: (e: E) => boolean): E | undefined {
  const i = heap.findIndex(pred)
  if (i < 0) return undefined
  const removed = heap[i]
  const last = heap.pop()!
  if (i < heap.length) {
    heap[i] = last
    siftDown(heap, i)
    siftUp(heap, i)
  }
  return removed
}

// Both sifts move the entry along its path and write it once where it stops: the same
// array as swapping at each step, with half the writes.
function siftUp<E extends Queued>(heap: E[], start: number): void {
  const entry = heap[start]!
  let i = start
  while (i > 0) {
    const parent = (i - 1) >> 1
    const above = heap[parent]!
    if (!before(entry, above)) break
    heap[i] = above
    i = parent
  }
  heap[i] = entry
}

function siftDown<E extends Queued>(heap: E[], start: number): void {
  const n = heap.length
  const entry = heap[start]!
  let i = start
  for (;;) {
    const l = 2 * i + 1
    const r = l + 1
    let m = -1
    let least: E = entry
    if (l < n && before(heap[l]!, least)) {
      m = l
      least = heap[l]!
    }
    if (r < n && before(heap[r]!, least)) {
      m = r
      least = heap[r]!
    }
    if (m < 0) break
    heap[i] = least
    i = m
  }
  heap[i] = entry
}
