/**
 * One Dynamo node as an XState machine: a replica, `coordinating` while it has a client's
 * request in hand and `replica` otherwise. Every node handles every event the same way in
 * either state; the rules live in rules.ts as pure functions, effects come back as data.
 */

import { setup } from 'xstate'
import * as rules from './rules'
import { coordinatingNow } from './coordinator'
import { emitOutbox, ruleActions } from '../rule-actions'
import type { ReplicaContext, TimedEvent } from './types'

/** The machine's context: the node's state. */
export type MachineContext = ReplicaContext

export const dynamoMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as TimedEvent,
    input: {} as ReplicaContext,
  },
  actions: ruleActions<ReplicaContext, TimedEvent>(rules),
  guards: {
    coordinating: ({ context }) => coordinatingNow(context),
  },
}).createMachine({
  id: 'dynamo',
  context: ({ input }) => input,
  initial: 'replica',
  entry: ['start', emitOutbox],
  states: {
    replica: {
      always: { guard: 'coordinating', target: 'coordinating' },
    },
    coordinating: {
      always: { guard: ({ context }) => !coordinatingNow(context), target: 'replica' },
    },
  },
  on: {
    '*': { actions: ['step', emitOutbox] },
  },
})
