/** What a history parser returns: the operations, or an error naming the line. */

import type { Operation } from '../linearizability/types'

export type ParseResult<I, O> =
  | { readonly ok: true; readonly ops: Operation<I, O>[] }
  | { readonly ok: false; readonly error: string }

/** Larger histories are refused before parsing: the checker could not finish them anyway. */
export const MAX_HISTORY_CHARS = 16 * 1024 * 1024

export function tooLarge(text: string): string | undefined {
  return text.length > MAX_HISTORY_CHARS
    ? `history larger than ${MAX_HISTORY_CHARS / 1024 / 1024} MB`
    : undefined
}

/** Quotes a piece of input for an error message, cut short if long. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}

export function lines(text: string): string[] {
  return text.split(/\r?\n/)
}
