/**
 * Wing & Gong's search for a linearization of one partition, with Lowe's memoisation: take
 * the first pending call the model accepts, lift it out of the history and start over; at
 * a return entry, every operation that could come next has been tried, so undo the last
 * choice. The same (linearized set, state) is never explored twice (see cache.ts).
 */

import { Bitset } from './bitset'
import { ConfigCache } from './cache'
import { EntryList } from './entries'
import type { Model, Operation } from './types'

export type PartitionVerdict =
  | { readonly kind: 'ok'; readonly order: readonly number[] }
  | {
      readonly kind: 'fail'
      readonly longestPrefix: readonly number[]
      readonly stuck: readonly number[]
    }
  | { readonly kind: 'unknown' }

/** How many search steps pass between two looks at the clock. */
const STEPS_PER_CLOCK_CHECK = 1024

export function searchPartition<S, I, O>(
  model: Model<S, I, O>,
  ops: readonly Operation<I, O>[],
  outOfTime: () => boolean,
): PartitionVerdict {
  const list = new EntryList(ops)
  // Known and unknown operations each number their own bits, so the sets stay small.
  const slot = slotsByKind(ops)
  const known = new Bitset(slot.known)
  const unknown = new Bitset(slot.unknown)
  const cache = new ConfigCache<S>(model, known.words.length, unknown.words.length)
  const chosen: number[] = []
  const before: S[] = []
  let state = model.init()
  let remaining = slot.known
  let dead: { prefix: number[]; stuck: number[] } | undefined
  let entry = list.first()
  // Operations with unknown outcomes are tried only once the known ones all fail here:
  // placing one early rarely helps, and trying them first explores every subset of them.
  let unknownPass = false
  let steps = 0

  while (remaining > 0) {
    if (++steps % STEPS_PER_CLOCK_CHECK === 0 && outOfTime()) return { kind: 'unknown' }
    const i = list.opOf[entry]!
    if (entry !== list.tail && i >= 0) {
      const op = ops[i]!
      if ((op.return === Infinity) === unknownPass) {
        const next = model.step(state, op.input, unknownPass ? undefined : op.output)
        if (next.ok) {
          const bits = unknownPass ? unknown : known
          bits.toggle(slot.of[i]!)
          if (cache.add(known, unknown, next.state)) {
            chosen.push(i)
            before.push(state)
            state = next.state
            list.lift(i)
            if (!unknownPass) remaining--
            entry = list.first()
            unknownPass = false
            continue
          }
          bits.toggle(slot.of[i]!)
        }
      }
      entry = list.next[entry]!
      continue
    }
    if (!unknownPass) {
      unknownPass = true
      entry = list.first()
      continue
    }
    // A return entry: nothing placed here can precede it, so this prefix is a dead end.
    if (dead === undefined || chosen.length > dead.prefix.length) {
      dead = { prefix: chosen.map((c) => ops[c]!.id), stuck: pendingIds(list, ops) }
    }
    const undo = chosen.pop()
    if (undo === undefined) return { kind: 'fail', longestPrefix: dead.prefix, stuck: dead.stuck }
    state = before.pop()!
    unknownPass = ops[undo]!.return === Infinity
    ;(unknownPass ? unknown : known).toggle(slot.of[undo]!)
    list.unlift(undo)
    if (!unknownPass) remaining++
    entry = list.next[list.callEntry[undo]!]!
  }
  return { kind: 'ok', order: chosen.map((c) => ops[c]!.id) }
}

/** Each operation's bit among those of its kind (known or unknown outcome). */
function slotsByKind(ops: readonly Operation<unknown, unknown>[]) {
  const of = new Int32Array(ops.length)
  let known = 0
  let unknown = 0
  ops.forEach((op, i) => (of[i] = op.return === Infinity ? unknown++ : known++))
  return { of, known, unknown }
}

/** The operations that could be linearized next: calls before the first return entry. */
function pendingIds(list: EntryList, ops: readonly Operation<unknown, unknown>[]): number[] {
  const ids: number[] = []
  for (let e = list.first(); e !== list.tail && list.opOf[e]! >= 0; e = list.next[e]!) {
    ids.push(ops[list.opOf[e]!]!.id)
  }
  return ids
}
