/**
 * One atomic-commit node as an XState machine: `coordinator` or `participant`, fixed by its
 * id. The rules live in rules.ts as pure functions; effects come back as data.
 */

import { setup } from 'xstate'
import * as rules from './rules'
import { emitOutbox, ruleActions } from '../rule-actions'
import type { CommitContext, CommitEvent } from './types'

/** The machine's context: the node's state. */
export type MachineContext = CommitContext

export const commitMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as CommitEvent,
    input: {} as CommitContext,
  },
  actions: ruleActions<CommitContext, CommitEvent>(rules),
  guards: {
    isCoordinator: ({ context }) => context.kind === 'coordinator',
  },
}).createMachine({
  id: 'commit',
  context: ({ input }) => input,
  initial: 'boot',
  states: {
    boot: {
      entry: ['start', emitOutbox],
      always: [{ guard: 'isCoordinator', target: 'coordinator' }, { target: 'participant' }],
    },
    coordinator: { on: { '*': { actions: ['step', emitOutbox] } } },
    participant: { on: { '*': { actions: ['step', emitOutbox] } } },
  },
})
