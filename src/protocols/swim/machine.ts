/**
 * A SWIM member (or a plain gossip member) as an XState machine. The rules live in
 * rules.ts and gossip.ts as pure functions; effects come back as data.
 */

import { setup } from 'xstate'
import * as swim from './rules'
import { startRumors, stepGossip } from './gossip'
import { emitOutbox, ruleActions, type RuleOut } from '../rule-actions'
import type { GossipContext, SwimContext, SwimEvent } from './types'

export type MemberContext = SwimContext | GossipContext

/** The machine's context: the node's state. */
export type MachineContext = MemberContext

const rules = {
  start: (c: MemberContext): RuleOut<MemberContext> =>
    c.kind === 'gossip' ? startRumors(c) : swim.start(c),
  step: (c: MemberContext, e: SwimEvent): RuleOut<MemberContext> =>
    c.kind === 'gossip' ? stepGossip(c, e) : swim.step(c, e),
}

export const swimMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as SwimEvent,
    input: {} as MemberContext,
  },
  actions: ruleActions<MemberContext, SwimEvent>(rules),
  guards: {
    isGossip: ({ context }) => context.kind === 'gossip',
  },
}).createMachine({
  id: 'swim',
  context: ({ input }) => input,
  initial: 'boot',
  states: {
    boot: {
      entry: ['start', emitOutbox],
      always: [{ guard: 'isGossip', target: 'gossiping' }, { target: 'member' }],
    },
    member: { on: { '*': { actions: ['step', emitOutbox] } } },
    gossiping: { on: { '*': { actions: ['step', emitOutbox] } } },
  },
})
