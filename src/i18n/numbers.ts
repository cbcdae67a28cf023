/**
 * Numbers in the current language's decimal mark: the digits stay as formatted (toFixed,
 * d3's tick format), only the point between whole and fraction changes (`2,5` in German).
 * Pure: it reads the locale from translate.ts, so renderers and Node tests can use it.
 */

import { getLocale } from './translate'

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

export function localDecimals(digits: string): string {
  const mark = decimalMark(getLocale())
  return mark === '.' ? digits : digits.replace('.', mark)
}
