/**
 * A miner as an XState machine. The rules live in rules.ts (and selfish.ts) as pure
 * functions; effects come back as data.
 */

import { setup } from 'xstate'
import { start, step } from './rules'
import { emitOutbox, ruleActions } from '../rule-actions'
import type { MinerContext, NakamotoEvent } from './types'

/** The machine's context: the node's state. */
export type MachineContext = MinerContext

export const nakamotoMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as NakamotoEvent,
    input: {} as MinerContext,
  },
  actions: ruleActions<MinerContext, NakamotoEvent>({ start, step }),
}).createMachine({
  id: 'nakamoto',
  context: ({ input }) => input,
  initial: 'mining',
  states: {
    mining: {
      entry: ['start', emitOutbox],
      on: { '*': { actions: ['step', emitOutbox] } },
    },
  },
})
