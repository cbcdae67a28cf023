/** The same items (by identity, or `===` for numbers and strings), in the same order. */
export const sameItems = <A>(a: readonly A[], b: readonly A[]): boolean =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]))
