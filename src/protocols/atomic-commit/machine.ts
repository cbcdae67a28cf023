/**
 * One atomic-commit node as an XState machine: `coordinator` or `participant`, fixed by its
 * id. The rules live in rules.ts as pure functions; effects come back as data.
 */

import { assign, setup } from 'xstate'
import * as rules from './rules'
import type { Effect } from '../../sim/protocol'
import type { CommitContext, CommitEvent } from './types'

/** The machine's context: the node's state, plus the effects of the rule that ran last. */
export type MachineContext = CommitContext & { readonly outbox: readonly Effect[] }

const emit = {
  type: 'effects',
  params: ({ context }: { context: MachineContext }) => context.outbox,
} as const

const strip = ({ outbox: _, ...c }: MachineContext) => c as CommitContext

export const commitMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as CommitEvent,
    input: {} as CommitContext,
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
    isCoordinator: ({ context }) => context.kind === 'coordinator',
  },
}).createMachine({
  id: 'commit',
  context: ({ input }) => ({ ...input, outbox: [] }) as MachineContext,
  initial: 'boot',
  states: {
    boot: {
      entry: ['start', emit],
      always: [{ guard: 'isCoordinator', target: 'coordinator' }, { target: 'participant' }],
    },
    coordinator: { on: { '*': { actions: ['step', emit] } } },
    participant: { on: { '*': { actions: ['step', emit] } } },
  },
})
