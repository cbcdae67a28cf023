/** A single read/write/compare-and-set register that starts as nil (Jepsen's etcd test). */

import { hashString, mix32 } from '../../sim/hash'
import type { Model } from './types'

/** null is nil: never written. */
export type RegisterValue = number | string | null

export type RegisterInput =
  | { readonly f: 'read' }
  | { readonly f: 'write'; readonly value: RegisterValue }
  | { readonly f: 'cas'; readonly from: RegisterValue; readonly to: RegisterValue }

/** read: the value read; write: true; cas: whether it swapped. */
export type RegisterOutput = RegisterValue | boolean

function show(v: RegisterValue): string {
  return v === null ? 'nil' : typeof v === 'string' ? JSON.stringify(v) : String(v)
}

export const registerModel: Model<RegisterValue, RegisterInput, RegisterOutput> = {
  name: 'register',
  init: () => null,
  step(state, input, output) {
    switch (input.f) {
      case 'read':
        return { ok: output === undefined || output === state, state }
      case 'write':
        return { ok: true, state: input.value }
      case 'cas':
        // An unknown cas that did not swap changed nothing: the same as never running.
        if (output === undefined || output === true) {
          return { ok: state === input.from, state: input.to }
        }
        return { ok: state !== input.from, state }
    }
  },
  equal: (a, b) => a === b,
  // Whole numbers, the usual values, hash without building a string.
  hash: (v) =>
    v === null ? 1 : typeof v === 'number' && (v | 0) === v ? mix32(v) : hashString(String(v)),
  partition: (ops) => (ops.length === 0 ? [] : [{ key: 'register', ops }]),
  // A read whose outcome is unknown changes nothing, so no linearization needs it.
  prune: (ops) => ops.filter((op) => op.return !== Infinity || op.input.f !== 'read'),
  describe(input, output) {
    const outcome = output === undefined ? ' (outcome unknown)' : ''
    switch (input.f) {
      case 'read':
        return output === undefined ? `read${outcome}` : `read → ${show(output as RegisterValue)}`
      case 'write':
        return `write ${show(input.value)}${outcome}`
      case 'cas': {
        const swap = `cas ${show(input.from)}→${show(input.to)}`
        return output === undefined ? swap + outcome : `${swap} → ${output ? 'ok' : 'fail'}`
      }
    }
  },
}
