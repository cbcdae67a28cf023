import { localDecimals } from '../i18n/numbers'

/**
 * Times as the app shows them: virtual seconds with millisecond precision (`2.500 s`,
 * `2,500 s`). Rounded to the millisecond first, half up, as the timeline slider rounds its
 * value: `toFixed` on the seconds rounded 1766.5 ms down (1.7665 is a hair under in binary),
 * and the clock then said 1.766 s where the slider said 1767.
 */
export function formatTime(ms: number): string {
  return `${localDecimals((Math.round(ms) / 1000).toFixed(3))} s`
}
