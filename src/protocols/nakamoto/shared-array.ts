/**
 * An append-only list that copies of a checker's ghost state share. Each copy knows how
 * far it has written; a copy that writes where another wrote before writes the same items
 * when it replays the same run (it then only moves on), and copies the list once when its
 * run differs (a branch), so no copy ever sees another's future.
 */

export interface SharedArray<T> {
  items: T[]
  length: number
}

export const emptyShared = <T>(): SharedArray<T> => ({ items: [], length: 0 })

export const forkShared = <T>(a: SharedArray<T>): SharedArray<T> => ({
  items: a.items,
  length: a.length,
})

export function appendShared<T>(a: SharedArray<T>, item: T, same: (x: T, y: T) => boolean) {
  const at = a.length
  if (at === a.items.length) a.items.push(item)
  else if (!same(a.items[at]!, item)) {
    a.items = a.items.slice(0, at)
    a.items.push(item)
  }
  a.length = at + 1
}

export const sharedItems = <T>(a: SharedArray<T>): T[] => a.items.slice(0, a.length)
