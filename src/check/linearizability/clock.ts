/**
 * The checker's default clock. Wall time only decides when the search gives up and answers
 * 'unknown'; it never changes a verdict, so the determinism rule's ban does not apply here.
 */
export function wallClock(): number {
  // oxlint-disable-next-line no-restricted-properties
  return performance.now()
}
