/**
 * Builders for hand-made histories in tests: `history(write(1, 0, 1), read(1, 2, 3))`.
 * Each builder takes the value(s), then the call and return times; a return of Infinity
 * (`U`) makes the outcome unknown. Ids are positions in the history.
 */

import type { KvInput, KvOutput } from './kv-model'
import type { RegisterInput, RegisterOutput, RegisterValue } from './register-model'
import type { Operation } from './types'

/** The return time of an operation whose outcome is unknown. */
export const U = Infinity

export type Spec<I, O> = Omit<Operation<I, O>, 'id' | 'client'>

export function history<I, O>(...specs: Spec<I, O>[]): Operation<I, O>[] {
  return specs.map((s, id) => ({ id, client: `c${id}`, ...s }))
}

function spec<I, O>(input: I, output: O, call: number, ret: number): Spec<I, O> {
  return { input, output: ret === U ? undefined : output, call, return: ret }
}

export type RegisterSpec = Spec<RegisterInput, RegisterOutput>

export const read = (value: RegisterValue, call: number, ret: number): RegisterSpec =>
  spec({ f: 'read' }, value, call, ret)

export const write = (value: RegisterValue, call: number, ret: number): RegisterSpec =>
  spec({ f: 'write', value }, true, call, ret)

export const cas = (
  from: RegisterValue,
  to: RegisterValue,
  swapped: boolean,
  call: number,
  ret: number,
): RegisterSpec => spec({ f: 'cas', from, to }, swapped, call, ret)

export type KvSpec = Spec<KvInput, KvOutput>

export const get = (key: string, value: string, call: number, ret: number): KvSpec =>
  spec({ f: 'get', key, value: null }, value, call, ret)

export const put = (key: string, value: string, call: number, ret: number): KvSpec =>
  spec({ f: 'put', key, value }, null, call, ret)

export const append = (key: string, value: string, call: number, ret: number): KvSpec =>
  spec({ f: 'append', key, value }, null, call, ret)
