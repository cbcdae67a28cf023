/**
 * An all-reduce node (worker or server) as an XState machine. The rules live in rules.ts
 * as pure functions; effects come back as data.
 */

import { setup } from 'xstate'
import * as rules from './rules'
import { emitOutbox, ruleActions } from '../rule-actions'
import type { ReduceContext, ReduceEvent } from './types'

/** The machine's context: the node's state. */
export type MachineContext = ReduceContext

export const reduceMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as ReduceEvent,
    input: {} as ReduceContext,
  },
  actions: ruleActions<ReduceContext, ReduceEvent>(rules),
  guards: {
    isServer: ({ context }) => context.opts.mode === 'server' && context.index === 0,
  },
}).createMachine({
  id: 'allreduce',
  context: ({ input }) => input,
  initial: 'boot',
  states: {
    boot: {
      entry: ['start', emitOutbox],
      always: [{ guard: 'isServer', target: 'server' }, { target: 'worker' }],
    },
    worker: { on: { '*': { actions: ['step', emitOutbox] } } },
    server: { on: { '*': { actions: ['step', emitOutbox] } } },
  },
})
