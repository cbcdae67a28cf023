/** Bounds on a scenario's inputs (their schema is in schema-inputs.ts). */

export const MAX_INPUTS = 10_000
/** One day of virtual time: longer runs are not what the app is for. */
export const MAX_AT_MS = 86_400_000
export const MAX_DELAY_MS = 3_600_000
export const MAX_LINK_LATENCY_MS = 60_000
export const MAX_KEY_LENGTH = 100
export const MAX_VALUE_LENGTH = 1000
