/**
 * Delta debugging (Zeller and Hildebrandt's ddmin): the smallest sublist of `items`, in
 * their order, that still `fails`, such that removing any one more item makes it pass
 * (1-minimal). `fails(items)` must hold at the start. `stop` ends early with the smallest
 * failing list found so far.
 */
export function ddmin<T>(
  items: readonly T[],
  fails: (candidate: readonly T[]) => boolean,
  stop: () => boolean = () => false,
): T[] {
  let current = items.slice()
  let n = 2
  while (current.length >= 2 && !stop()) {
    const chunks = split(current, n)
    const reduced = reduce(chunks, n, fails, stop)
    if (reduced !== null) {
      current = reduced.items
      n = reduced.n
    } else if (n < current.length) {
      n = Math.min(current.length, 2 * n)
    } else break
  }
  // A single item may itself be removable: the failure may need no input at all.
  if (current.length === 1 && !stop() && fails([])) return []
  return current
}

/** Tries each chunk alone, then each complement; null when neither fails. */
function reduce<T>(
  chunks: readonly T[][],
  n: number,
  fails: (candidate: readonly T[]) => boolean,
  stop: () => boolean,
): { items: T[]; n: number } | null {
  for (const chunk of chunks) {
    if (stop()) return null
    if (fails(chunk)) return { items: chunk, n: 2 }
  }
  // With two chunks the complements are the chunks themselves, already tried.
  if (n === 2) return null
  for (let i = 0; i < chunks.length; i++) {
    if (stop()) return null
    const complement = chunks.flatMap((chunk, j) => (j === i ? [] : chunk))
    if (fails(complement)) return { items: complement, n: Math.max(n - 1, 2) }
  }
  return null
}

/** `items` in n chunks of near-equal size, in order. */
function split<T>(items: readonly T[], n: number): T[][] {
  const chunks: T[][] = []
  let start = 0
  for (let i = 0; i < n; i++) {
    const end = start + Math.floor((items.length - start) / (n - i))
    chunks.push(items.slice(start, end))
    start = end
  }
  return chunks
}
