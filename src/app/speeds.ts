/** Playback speeds, in virtual ms per real ms: from one message at a time to a fast forward. */
export const SPEEDS = [
  { value: 0.001, label: '1/1000×' },
  { value: 0.003, label: '1/300×' },
  { value: 0.01, label: '1/100×' },
  { value: 0.03, label: '1/30×' },
  { value: 0.1, label: '1/10×' },
  { value: 0.3, label: '1/3×' },
  { value: 1, label: '1× (real time)' },
  { value: 3, label: '3×' },
  { value: 10, label: '10×' },
] as const

/** The next speed up (+1) or down (-1) from the current one. */
export function nextSpeed(current: number, direction: 1 | -1): number {
  const i = SPEEDS.findIndex((s) => s.value >= current - 1e-9)
  const at = i < 0 ? SPEEDS.length - 1 : i
  return SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, at + direction))]!.value
}
