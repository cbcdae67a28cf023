/**
 * The checker's default clock counts its own reads: the search reads it about once per
 * thousand steps, so a budget on this clock is in thousands of steps and a verdict is the
 * same on every machine. Whoever wants wall time (the CLI's --timeout-ms) passes a clock.
 */
export function stepClock(): () => number {
  let reads = 0
  return () => reads++
}
