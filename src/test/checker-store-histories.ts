/**
 * Key-value histories shaped like Porcupine's 50-client test data (get, put and append over
 * ten keys, about `clients` operations in flight), recorded against an ideal store: each
 * operation takes effect at a random moment between its call and its return, so the
 * history is linearizable. With `violate`, one get late in the history reads a value that
 * no order of the writes gives, so its key, and only its key, is not.
 *
 * Appends make every value the whole story of its key, hundreds of characters long, which
 * is what makes states costly to hash and compare: the simulator's Raft has no append.
 */

import { createRng, nextFloat, nextInt } from '../sim/prng'
import type { KvInput, KvOutput } from '../check/linearizability/kv-model'
import type { Operation } from '../check/linearizability/types'

export interface StoreLoad {
  readonly seed: number
  readonly clients: number
  readonly ops: number
  readonly violate: boolean
}

const KEYS = 10
/** Operations take 1 to MAX_MS ms, and each client waits up to PAUSE_MS before its next. */
const MAX_MS = 40
const PAUSE_MS = 20

type Op = Operation<KvInput, KvOutput> & { output: KvOutput; effectAt: number }

export function storeHistory(load: StoreLoad): Operation<KvInput, KvOutput>[] {
  const rng = createRng(load.seed)
  const freeAt = Array.from({ length: load.clients }, () => nextInt(rng, 0, MAX_MS))
  const ops: Op[] = []
  for (let id = 0; id < load.ops; id++) {
    const client = id % load.clients
    const call = freeAt[client]! + nextInt(rng, 0, PAUSE_MS)
    const ret = call + nextInt(rng, 1, MAX_MS)
    freeAt[client] = ret
    const key = String(nextInt(rng, 0, KEYS - 1))
    const f = (['get', 'get', 'append', 'append', 'put'] as const)[nextInt(rng, 0, 4)]!
    const value = f === 'get' ? null : `x ${client} ${id} y`
    const effectAt = call + nextFloat(rng) * (ret - call)
    const input = { f, key, value }
    ops.push({ id, client: `c${client}`, input, output: null, call, return: ret, effectAt })
  }
  const values = new Map<string, string>()
  for (const op of [...ops].sort((a, b) => a.effectAt - b.effectAt)) {
    const { f, key, value } = op.input
    const now = values.get(key) ?? ''
    if (f === 'get') op.output = now
    else values.set(key, f === 'put' ? value! : now + value!)
  }
  if (load.violate) {
    const late = lateRead(ops)!
    late.output = `${late.output}x never y`
  }
  return ops.map(({ effectAt: _, ...op }) => op)
}

/** The last get that read more than "": the one `violate` makes impossible. */
export function lateRead<T extends Operation<KvInput, KvOutput>>(ops: readonly T[]): T | undefined {
  for (let i = ops.length - 1; i >= 0; i--) {
    if (ops[i]!.input.f === 'get' && ops[i]!.output !== '') return ops[i]
  }
  return undefined
}
