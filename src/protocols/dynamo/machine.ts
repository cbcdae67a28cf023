/**
 * One Dynamo node as an XState machine: a replica, `coordinating` while it has a client's
 * request in hand and `replica` otherwise. Every node handles every event the same way in
 * either state; the rules live in rules.ts as pure functions, effects come back as data.
 */

import { assign, setup } from 'xstate'
import * as rules from './rules'
import { coordinatingNow } from './coordinator'
import type { Effect } from '../../sim/protocol'
import type { ReplicaContext, TimedEvent } from './types'

/** The machine's context: the node's state, plus the effects of the rule that ran last. */
export type MachineContext = ReplicaContext & { readonly outbox: readonly Effect[] }

const emit = {
  type: 'effects',
  params: ({ context }: { context: MachineContext }) => context.outbox,
} as const

const strip = ({ outbox: _, ...c }: MachineContext) => c as ReplicaContext

export const dynamoMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as TimedEvent,
    input: {} as ReplicaContext,
  },
  actions: {
    effects: (_args: unknown, _effects: readonly Effect[]) => {},
    start: assign(({ context }) => {
      const out = rules.start(strip(context))
      return { ...out.context, outbox: out.effects } as MachineContext
    }),
    step: assign(({ context, event }) => {
      const out = rules.step(strip(context), event)
      return { ...out.context, outbox: out.effects } as MachineContext
    }),
  },
  guards: {
    coordinating: ({ context }) => coordinatingNow(context),
  },
}).createMachine({
  id: 'dynamo',
  context: ({ input }) => ({ ...input, outbox: [] }) as MachineContext,
  initial: 'replica',
  entry: ['start', emit],
  states: {
    replica: {
      always: { guard: 'coordinating', target: 'coordinating' },
    },
    coordinating: {
      always: { guard: ({ context }) => !coordinatingNow(context), target: 'replica' },
    },
  },
  on: {
    '*': { actions: ['step', emit] },
  },
})
