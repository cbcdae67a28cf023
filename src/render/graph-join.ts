/**
 * A keyed data join without selections: one view per key, created when its key appears,
 * updated every sync, removed when its key is gone. The graph syncs every animation
 * frame, so a sync allocates nothing for views that already exist and never reorders the
 * DOM (the order of messages in the model says nothing about what is on top).
 */

export interface KeyedJoinSpec<K, D, V> {
  key(d: D): K
  create(d: D): V
  update(view: V, d: D): void
  remove(view: V): void
}

export interface KeyedJoin<K, D, V> {
  sync(data: readonly D[]): void
  get(key: K): V | undefined
  readonly size: number
  clear(): void
}

interface Entry<V> {
  readonly view: V
  seen: number
}

export function keyedJoin<K, D, V>(spec: KeyedJoinSpec<K, D, V>): KeyedJoin<K, D, V> {
  const lookup = new Map<K, Entry<V>>()
  let tick = 0
  // Made once, so that sweeping stale views does not allocate a closure per sync.
  const sweep = (entry: Entry<V>, key: K) => {
    if (entry.seen === tick) return
    lookup.delete(key)
    spec.remove(entry.view)
  }
  return {
    sync(data) {
      tick++
      for (const d of data) {
        const key = spec.key(d)
        let entry = lookup.get(key)
        if (entry === undefined) {
          entry = { view: spec.create(d), seen: tick }
          lookup.set(key, entry)
        } else if (entry.seen === tick) {
          // A repeated key keeps its first datum, as d3's join does.
          continue
        }
        entry.seen = tick
        spec.update(entry.view, d)
      }
      lookup.forEach(sweep)
    },
    get(key) {
      return lookup.get(key)?.view
    },
    get size() {
      return lookup.size
    },
    clear() {
      tick++
      lookup.forEach(sweep)
    },
  }
}
