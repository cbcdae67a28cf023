/**
 * Wing & Gong's search for a linearization of one partition, with Lowe's memoisation: take
 * the first pending call the model accepts, lift it out of the history and start over; at
 * a return entry, every operation that could come next has been tried, so undo the last
 * choice. The same (linearized set, state) is never explored twice (see cache.ts).
 *
 * The search runs in slices (`run(steps)`) and keeps its place in between, so that one
 * check can take turns among its partitions: a hard key must not keep the others, one of
 * which may fail at once, from being looked at (see check.ts).
 */

import { Bitset } from './bitset'
import { ConfigCache, type CacheRoom } from './cache'
import { EntryList } from './entries'
import type { Model, Operation } from './types'

export type PartitionVerdict =
  | { readonly kind: 'ok'; readonly order: readonly number[] }
  | {
      readonly kind: 'fail'
      readonly longestPrefix: readonly number[]
      readonly stuck: readonly number[]
    }

export class PartitionSearch<S, I, O> {
  /** Search steps taken so far: each looks at one entry of the history. */
  steps = 0
  private readonly list: EntryList
  /** Per operation: 1 when its outcome is unknown, and its bit among those of its kind. */
  private readonly unknownOp: Uint8Array
  private readonly slot: Int32Array
  private readonly known: Bitset
  private readonly unknown: Bitset
  private readonly cache: ConfigCache<S>
  private readonly chosen: number[] = []
  private readonly before: S[] = []
  private state: S
  /** Operations not linearized yet: those with known outcomes, and the others. */
  private remaining: number
  private unknownLeft: number
  private dead: { prefix: number[]; stuck: number[] } | undefined
  private entry: number
  // Operations with unknown outcomes are tried only once the known ones all fail here:
  // placing one early rarely helps, and trying them first explores every subset of them.
  private unknownPass = false

  constructor(
    private readonly model: Model<S, I, O>,
    private readonly ops: readonly Operation<I, O>[],
    room?: CacheRoom,
  ) {
    this.list = new EntryList(ops)
    // Known and unknown operations each number their own bits, so the sets stay small.
    this.unknownOp = new Uint8Array(ops.length)
    this.slot = new Int32Array(ops.length)
    let known = 0
    let unknown = 0
    ops.forEach((op, i) => {
      this.unknownOp[i] = op.return === Infinity ? 1 : 0
      this.slot[i] = op.return === Infinity ? unknown++ : known++
    })
    this.known = new Bitset(known)
    this.unknown = new Bitset(unknown)
    this.cache = new ConfigCache<S>(model, this.known.words.length, this.unknown.words.length, room)
    this.remaining = known
    this.unknownLeft = unknown
    this.state = model.init()
    this.entry = this.list.first()
  }

  /** Takes at most about `budget` more steps: the verdict, or undefined if there is none yet. */
  run(budget: number): PartitionVerdict | undefined {
    const { list, ops, model, unknownOp, slot, known, unknown, cache, chosen, before } = this
    const tail = list.tail
    const opOf = list.opOf
    const next = list.next
    let { entry, state, unknownPass, remaining, unknownLeft } = this
    const stop = this.steps + budget
    let steps = this.steps
    let verdict: PartitionVerdict | undefined

    while (remaining > 0) {
      if (++steps > stop) break
      const i = opOf[entry]!
      if (entry !== tail && i >= 0) {
        if (unknownOp[i] === (unknownPass ? 1 : 0)) {
          const op = ops[i]!
          const result = model.step(state, op.input, unknownPass ? undefined : op.output)
          if (result.ok) {
            const bits = unknownPass ? unknown : known
            bits.toggle(slot[i]!)
            if (cache.add(known, unknown, result.state)) {
              chosen.push(i)
              before.push(state)
              state = result.state
              list.lift(i)
              if (unknownPass) unknownLeft--
              else remaining--
              entry = list.first()
              unknownPass = false
              continue
            }
            bits.toggle(slot[i]!)
          }
        }
        entry = next[entry]!
        continue
      }
      if (!unknownPass && unknownLeft > 0) {
        unknownPass = true
        entry = list.first()
        continue
      }
      // A return entry: nothing placed here can precede it, so this prefix is a dead end.
      if (this.dead === undefined || chosen.length > this.dead.prefix.length) {
        this.dead = { prefix: chosen.map((c) => ops[c]!.id), stuck: this.pendingIds() }
      }
      const undo = chosen.pop()
      if (undo === undefined) {
        verdict = { kind: 'fail', longestPrefix: this.dead.prefix, stuck: this.dead.stuck }
        break
      }
      state = before.pop()!
      unknownPass = unknownOp[undo] === 1
      ;(unknownPass ? unknown : known).toggle(slot[undo]!)
      list.unlift(undo)
      if (unknownPass) unknownLeft++
      else remaining++
      entry = next[list.callEntry[undo]!]!
    }
    if (remaining === 0) verdict = { kind: 'ok', order: chosen.map((c) => ops[c]!.id) }
    this.entry = entry
    this.state = state
    this.unknownPass = unknownPass
    this.remaining = remaining
    this.unknownLeft = unknownLeft
    this.steps = Math.min(steps, stop)
    return verdict
  }

  /** The operations that could be linearized next: calls before the first return entry. */
  private pendingIds(): number[] {
    const { list, ops } = this
    const ids: number[] = []
    for (let e = list.first(); e !== list.tail && list.opOf[e]! >= 0; e = list.next[e]!) {
      ids.push(ops[list.opOf[e]!]!.id)
    }
    return ids
  }
}
