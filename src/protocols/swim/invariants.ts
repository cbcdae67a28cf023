/**
 * What the checkers see of a SWIM group, kept up as each member steps:
 * - Suspected Before Declared Dead (an invariant): a member declares a live member dead
 *   only after suspecting it for a while, during which the suspect could hear of it and
 *   refute it. Learning a death from gossip is not a declaration.
 * - How many live members think each member alive, suspect or dead, and how that changed
 *   over time (the cluster view's colours, the dissemination chart).
 * - Measures of a correct run, not violations: when every live member had marked a crashed
 *   member dead (detection time), and each live member declared dead (false positives).
 */

import { pmapForEach } from '../pmap'
import { appendLog, emptyLog, forkLog, logRecords, type SharedLog } from './spread-log'
import type { InvariantChecker, Violation } from '../../sim/protocol'
import type { MemberContext } from './machine'
import { STATUS_RANK, type Status, type SwimContext } from './types'

export const SUSPECTED_BEFORE_DEAD = 'Suspected Before Declared Dead'

export interface Detection {
  readonly node: string
  readonly crashedAt: number
  /** When a live member first suspected it (or declared it dead) after the crash. */
  readonly suspectedAt: number | null
  /** When the last live member marked it dead. */
  readonly deadAt: number
}

export interface FalsePositive {
  readonly node: string
  readonly by: string
  readonly at: number
}

export interface SwimGhost {
  readonly size: number
  /** Per member slot: how many live members (others) hold it alive, suspect, dead. */
  counts: Int32Array
  up: Uint8Array
  upCount: number
  crashedAt: Float64Array
  firstSuspect: Float64Array
  /** Crashed members not yet marked dead by every live member. */
  undetected: readonly number[]
  /** Appended in place (a copy of the ghost copies them). */
  detections: Detection[]
  falsePositives: FalsePositive[]
  /** When each member's counts changed: [t, slot, alive, suspect, dead] records. */
  spread: SharedLog
  reported: Readonly<Record<string, true>>
}

export const SPREAD_WIDTH = 5

const slotOf = (id: string) => Number(id.slice(1)) - 1

export function spreadRecords(g: SwimGhost): number[][] {
  return logRecords(g.spread, SPREAD_WIDTH)
}

export function createSwimInvariants(
  contextOf: (state: unknown) => MemberContext,
): InvariantChecker<unknown, SwimGhost> {
  let found: Violation[] = []

  const record = (g: SwimGhost, at: number, slot: number) => {
    const k = 3 * slot
    appendLog(g.spread, [at, slot, g.counts[k]!, g.counts[k + 1]!, g.counts[k + 2]!])
  }

  const bump = (g: SwimGhost, at: number, slot: number, status: Status, by: number) => {
    g.counts[3 * slot + STATUS_RANK[status]]! += by
    if (status !== 'alive' && by > 0 && g.up[slot] === 0 && Number.isNaN(g.firstSuspect[slot]!)) {
      g.firstSuspect[slot] = at
    }
  }

  /** A crashed member is detected once every live member marks it dead. */
  const settle = (g: SwimGhost, at: number) => {
    if (g.undetected.length === 0) return
    const left: number[] = []
    for (const slot of g.undetected) {
      if (g.counts[3 * slot + 2] === g.upCount) {
        const suspected = g.firstSuspect[slot]!
        g.detections.push({
          node: `n${slot + 1}`,
          crashedAt: g.crashedAt[slot]!,
          suspectedAt: Number.isNaN(suspected) ? null : suspected,
          deadAt: at,
        })
      } else left.push(slot)
    }
    g.undetected = left
  }

  /** Adds (or, with by = -1, takes away) everything one live member thinks. */
  const whole = (g: SwimGhost, at: number, c: SwimContext, by: number) => {
    const touched: number[] = []
    pmapForEach(c.members, (id, m) => {
      if (id === c.id) return
      const slot = slotOf(id)
      bump(g, at, slot, m.status, by)
      if (m.status !== 'alive' || !Number.isNaN(g.crashedAt[slot]!)) touched.push(slot)
    })
    for (const slot of touched) record(g, at, slot)
  }

  const declared = (g: SwimGhost, at: number, by: string, c: SwimContext) => {
    for (const ch of c.changes) {
      if (ch.now !== 'dead' || (ch.cause !== 'timeout' && ch.cause !== 'probe')) continue
      const slot = slotOf(ch.id)
      if (g.up[slot] === 0) continue
      g.falsePositives.push({ node: ch.id, by, at })
      const key = `${ch.id}@${ch.inc}`
      if (ch.suspectedAt !== undefined && ch.suspectedAt < at) continue
      if (g.reported[key]) continue
      g.reported = { ...g.reported, [key]: true }
      found.push({
        invariant: SUSPECTED_BEFORE_DEAD,
        at,
        nodes: [by, ch.id],
        message:
          `${by} declared ${ch.id} dead (incarnation ${ch.inc}) without suspecting it first, ` +
          `though ${ch.id} was up and could have refuted a suspicion`,
      })
    }
  }

  return {
    init: (size) => ({
      size,
      counts: new Int32Array(3 * size),
      up: new Uint8Array(size),
      upCount: 0,
      crashedAt: new Float64Array(size).fill(Number.NaN),
      firstSuspect: new Float64Array(size).fill(Number.NaN),
      undetected: [],
      detections: [],
      falsePositives: [],
      spread: emptyLog(),
      reported: {},
    }),
    clone: (g) => ({
      ...g,
      counts: g.counts.slice(),
      up: g.up.slice(),
      crashedAt: g.crashedAt.slice(),
      firstSuspect: g.firstSuspect.slice(),
      spread: forkLog(g.spread),
      detections: g.detections.slice(),
      falsePositives: g.falsePositives.slice(),
    }),
    digest: (g) => ({
      counts: [...g.counts],
      up: [...g.up],
      detections: g.detections,
      falsePositives: g.falsePositives,
      spread: g.spread.entries.slice(0, g.spread.length),
      reported: g.reported,
    }),
    check(g, at, id, beforeState, afterState) {
      found = []
      const before = beforeState === null ? null : contextOf(beforeState)
      const after = afterState === null ? null : contextOf(afterState)
      if ((before ?? after)?.kind !== 'swim') return found
      const slot = slotOf(id)
      if (before === null && after !== null && after.kind === 'swim') {
        g.up[slot] = 1
        g.upCount++
        g.crashedAt[slot] = Number.NaN
        g.undetected = g.undetected.filter((s) => s !== slot)
        whole(g, at, after, 1)
        record(g, at, slot)
      } else if (before !== null && after === null && before.kind === 'swim') {
        g.up[slot] = 0
        g.upCount--
        g.crashedAt[slot] = at
        g.firstSuspect[slot] = Number.NaN
        whole(g, at, before, -1)
        g.undetected = [...g.undetected, slot]
        record(g, at, slot)
      } else if (after !== null && after.kind === 'swim') {
        for (const ch of after.changes) {
          if (ch.id === id) continue
          const s = slotOf(ch.id)
          if (ch.was !== null) bump(g, at, s, ch.was, -1)
          bump(g, at, s, ch.now, 1)
          record(g, at, s)
        }
        declared(g, at, id, after)
      }
      settle(g, at)
      return found
    },
  }
}

/**
 * What a run measured (`Protocol.measures`): each detection of a crashed member, with how
 * long it took from the crash until every live member marked it dead; each live member
 * declared dead (a false positive); and the crashed members not yet detected by all.
 */
export function swimMeasures(g: SwimGhost) {
  return {
    detections: g.detections.map((d) => ({ ...d, detectionMs: d.deadAt - d.crashedAt })),
    falsePositives: g.falsePositives,
    undetected: g.undetected.map((slot) => `n${slot + 1}`),
  }
}
