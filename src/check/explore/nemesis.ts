/**
 * Faults aimed at the moments that matter. Faults at random times rarely catch a leader in
 * the few milliseconds between taking a write and passing it on, or between committing
 * and telling the others, and that is where Raft's hardest cases begin (Figure 8 needs it
 * three times over). So while an exploration run goes, the nemesis watches it, and now and
 * then, right after a leader takes a client request or commits, it cuts that leader off or
 * crashes it a few milliseconds later; a crashed node often comes back soon after, as a
 * supervisor would restart it. Its faults are ordinary inputs, inserted into the scenario
 * ahead of the clock, so the scenario it leaves behind replays the same run on its own.
 */

import { runFailure, startRun, type WatchedRun } from './run'
import { decide, decideInt } from './decide'
import { nextEventTime, stepEvent } from '../../sim/kernel'
import { roleLook } from '../../protocols/epoch'
import type { Failure } from './types'
import type { Protocol } from '../../sim/protocol'
import type { Input, Scenario } from '../../scenario/types'

/** How soon an aimed fault follows what set it off: within one message's flight. */
const AIM_DELAY_MS: readonly [number, number] = [1, 15]

const RESTART_CHANCE = 0.5
const RESTART_AFTER_MS: readonly [number, number] = [50, 500]

/** Each seed aims differently hard, as swarm testing varies its faults from run to run. */
const AIM_LEVELS = [0.1, 0.4, 0.8]

export interface NemesisOptions {
  readonly seed: number
  readonly runMs: number
  /** Aimed faults happen only before this time, so that the calm end stays calm. */
  readonly untilMs: number
}

export interface NemesisRun {
  /** The scenario with the aimed faults in it: it replays this run on its own. */
  readonly scenario: Scenario
  readonly failure: Failure | null
  /** Kernel events handled: a replay of `scenario` handles as many. */
  readonly events: number
}

/** What set off an aimed fault: a leader took a client request, or committed. */
type Trigger = 'request' | 'commit'

/**
 * Every choice is a hash of the seed and of what happened (which node, when, why), not the
 * next draw of a stream. Removing an input while shrinking then changes only the choices
 * about events it really moved, so the failure survives more of the shrinking.
 */
export function runWithNemesis(base: Scenario, protocol: Protocol, o: NemesisOptions): NemesisRun {
  // The kernel reads inputs by index as the clock reaches them, so inserting ahead of the
  // clock is the same as having had them from the start.
  const inputs = base.inputs.slice()
  const scenario: Scenario = { ...base, inputs }
  const run = startRun(scenario, protocol)
  const aim: Record<Trigger, number> = {
    request: AIM_LEVELS[decideInt(o.seed, [1], 0, AIM_LEVELS.length - 1)]!,
    commit: AIM_LEVELS[decideInt(o.seed, [2], 0, AIM_LEVELS.length - 1)]!,
  }
  const commits = run.ctx.ids.map(() => 0)
  const { ctx, world } = run
  while (run.first() === null && nextEventTime(ctx, world) <= o.runMs) {
    const { applying, node, request } = nextStep(run, inputs)
    stepEvent(ctx, world)
    const now = world.time
    if (now >= o.untilMs) continue
    if (applying?.type === 'crash') {
      const key = [3, ctx.nodeLookup.get(applying.node)!, now]
      if (decide(o.seed, key) < RESTART_CHANCE) {
        const at = now + decideInt(o.seed, [...key, 1], ...RESTART_AFTER_MS)
        insert(inputs, world.nextInput, { at, type: 'restart', node: applying.node })
      }
    }
    if (node === undefined) continue
    const why = trigger(run, node, request, commits)
    if (why === null) continue
    const key = [why === 'request' ? 4 : 5, node, now]
    if (decide(o.seed, key) < aim[why])
      insert(inputs, world.nextInput, aimAt(o.seed, key, run, node, why))
  }
  return { scenario, failure: runFailure(run, o.runMs), events: world.events }
}

/** What the kernel's next step is (as `stepEvent` picks it): an input, or a node's event. */
function nextStep(run: WatchedRun, inputs: readonly Input[]) {
  const top = run.world.queue[0]
  const input = inputs[run.world.nextInput]
  if (input !== undefined && (top === undefined || top.t > input.at)) {
    return { applying: input, node: undefined, request: false }
  }
  const node =
    top?.k === 'timer'
      ? top.node
      : top?.k === 'deliver'
        ? run.ctx.nodeLookup.get(top.msg.to)
        : undefined
  const request = top?.k === 'deliver' && top.msg.payload.type === 'ClientRequest'
  return { applying: undefined, node, request }
}

/**
 * What `node` just did that calls for an aimed fault, if it leads: holds a role whose look
 * its protocol declares `lead` (a leader, a primary, a coordinator).
 */
function trigger(run: WatchedRun, node: number, request: boolean, commits: number[]) {
  const state = run.world.nodes[node]!.state
  if (state === null) return null
  const view = run.ctx.protocol.view(state)
  const committed = (view.commit ?? 0) > commits[node]!
  commits[node] = view.commit ?? 0
  if (roleLook(run.ctx.protocol.spec, view.role) !== 'lead') return null
  return request ? 'request' : committed ? 'commit' : null
}

/**
 * Cuts the node off from the others a moment from now, or after a commit may crash it. A
 * request is best stranded by a partition: it loses the messages in flight, which a crash
 * of their sender does not.
 */
function aimAt(seed: number, key: number[], run: WatchedRun, node: number, why: Trigger): Input {
  const at = run.world.time + decideInt(seed, [...key, 1], ...AIM_DELAY_MS)
  const id = run.ctx.ids[node]!
  return why === 'commit' && decide(seed, [...key, 2]) < 0.5
    ? { at, type: 'crash', node: id }
    : { at, type: 'partition', groups: [[id]] }
}

/** Inserts `input` in time order, after every input at the same time, never before `from`. */
function insert(inputs: Input[], from: number, input: Input): void {
  let i = from
  while (i < inputs.length && inputs[i]!.at <= input.at) i++
  inputs.splice(i, 0, input)
}
