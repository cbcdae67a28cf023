/**
 * An append-mostly list that versions can share: a version is (items, length), and
 * appending to the newest version pushes onto the shared array instead of copying it.
 * An older version only reads below its own length, so it never sees what came after;
 * appending to an older or truncated version copies first. Ghost state keeps growing
 * lists (hash chains, committed entries) this way, so checkpoints share them for free.
 */

export interface SharedList<T> {
  readonly items: readonly T[]
  readonly length: number
}

export const emptyList: SharedList<never> = { items: [], length: 0 }

export function at<T>(list: SharedList<T>, i: number): T | undefined {
  return i < list.length ? list.items[i] : undefined
}

export function push<T>(list: SharedList<T>, value: T): SharedList<T> {
  const items =
    list.items.length === list.length ? (list.items as T[]) : list.items.slice(0, list.length)
  items.push(value)
  return { items, length: list.length + 1 }
}

export function truncate<T>(list: SharedList<T>, length: number): SharedList<T> {
  return length >= list.length ? list : { items: list.items, length }
}

export function toArray<T>(list: SharedList<T>): T[] {
  return list.items.slice(0, list.length)
}
