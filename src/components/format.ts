/** Times as the app shows them: virtual seconds with millisecond precision. */
export function formatTime(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`
}
