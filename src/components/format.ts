import { getLocale } from '../i18n'

/** Times as the app shows them: virtual seconds with millisecond precision (`2.500 s`). */
export function formatTime(ms: number): string {
  const text = (ms / 1000).toFixed(3)
  // The digits stay those of toFixed; only the mark between them follows the language (2,500 s).
  const mark = decimalMark(getLocale())
  return `${mark === '.' ? text : text.replace('.', mark)} s`
}

const marks = new Map<string, string>()

function decimalMark(locale: string): string {
  let mark = marks.get(locale)
  if (mark === undefined) {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5)
    mark = parts.find((p) => p.type === 'decimal')?.value ?? '.'
    marks.set(locale, mark)
  }
  return mark
}
