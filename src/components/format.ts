import { localDecimals } from '../i18n/numbers'

/** Times as the app shows them: virtual seconds with millisecond precision (`2.500 s`, `2,500 s`). */
export function formatTime(ms: number): string {
  return `${localDecimals((ms / 1000).toFixed(3))} s`
}
