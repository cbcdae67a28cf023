/**
 * A node as the CLI's JSON and the cluster view see it: its ballot as "round.node", its
 * slots with what each holds and whether it is chosen, its store.
 */

import { formatBallot, roundOf } from './ballot'
import { emptySlots, slotAt } from './slots'
import { NOTHING_DURABLE } from './context'
import type { AcceptedValue, Command, Durable, PaxosContext } from './types'
import type { Slots } from './slots'

export interface SlotEntry {
  readonly slot: number
  /**
   * The ballot at which this node accepted the command shown; null when it only learned
   * the slot, or accepted a command that lost it to another.
   */
  readonly ballot: string | null
  /** The chosen command once known, else the accepted one. */
  readonly command: Command
  readonly chosen: boolean
}

function sameCommand(a: Command, b: Command): boolean {
  return (
    a.op === b.op &&
    a.key === b.key &&
    a.value === b.value &&
    a.client === b.client &&
    a.seq === b.seq
  )
}

/** Every slot this node accepted or learned something in, in slot order. */
export function slotEntries(accepted: Slots<AcceptedValue>, chosen: Slots<Command>): SlotEntry[] {
  const out: SlotEntry[] = []
  const last = Math.max(accepted.length, chosen.length)
  for (let slot = 1; slot <= last; slot++) {
    const a = slotAt(accepted, slot)
    const c = slotAt(chosen, slot)
    const command = c ?? a?.command
    if (command === undefined) continue
    const own = a !== undefined && sameCommand(a.command, command)
    out.push({
      slot,
      ballot: own ? formatBallot(a.ballot) : null,
      command,
      chosen: c !== undefined,
    })
  }
  return out
}

export function describeNode(c: PaxosContext) {
  return {
    ballot: formatBallot(c.promised),
    leader: c.leaderId,
    chosenUpTo: c.chosenUpTo,
    applied: c.applied,
    log: slotEntries(c.accepted, c.chosen),
    store: c.store,
  }
}

/** What a crashed node holds: its promise and accepted values; nothing chosen or applied. */
export function describeCrashed(d: Durable | null) {
  const durable = d ?? NOTHING_DURABLE
  return {
    ballot: formatBallot(durable.promised),
    leader: null,
    chosenUpTo: 0,
    applied: 0,
    log: slotEntries(durable.accepted, emptySlots),
    store: {},
  }
}

/** Each slot's accepted round (its colour), how many are applied, and which are chosen. */
export function slotView(c: PaxosContext) {
  const last = Math.max(c.accepted.length, c.chosen.length)
  const terms: number[] = []
  const done: boolean[] = []
  for (let slot = 1; slot <= last; slot++) {
    const a = slotAt(c.accepted, slot)
    terms.push(a === undefined ? 0 : roundOf(a.ballot))
    done.push(slotAt(c.chosen, slot) !== undefined)
  }
  return { terms, committed: c.applied, done }
}
