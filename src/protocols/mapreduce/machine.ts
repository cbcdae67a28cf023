/**
 * A MapReduce node as an XState machine: `master` or `worker`, fixed by its id. The rules
 * live in master.ts and worker.ts as pure functions; effects come back as data.
 */

import { setup } from 'xstate'
import * as rules from './rules'
import { emitOutbox, ruleActions } from '../rule-actions'
import type { MapReduceContext, MapReduceEvent } from './types'

/** The machine's context: the node's state. */
export type MachineContext = MapReduceContext

export const mapReduceMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as MapReduceEvent,
    input: {} as MapReduceContext,
  },
  actions: ruleActions<MapReduceContext, MapReduceEvent>(rules),
  guards: {
    isMaster: ({ context }) => context.kind === 'master',
  },
}).createMachine({
  id: 'mapreduce',
  context: ({ input }) => input,
  initial: 'boot',
  states: {
    boot: {
      entry: ['start', emitOutbox],
      always: [{ guard: 'isMaster', target: 'master' }, { target: 'worker' }],
    },
    master: { on: { '*': { actions: ['step', emitOutbox] } } },
    worker: { on: { '*': { actions: ['step', emitOutbox] } } },
  },
})
