/**
 * One chain node as an XState machine. The master runs in `master`; a server is `member`
 * while it holds a place in the chain it knows (head, middle or tail, by where it stands)
 * and `idle` while it has none (restarted, or taken out, waiting to join as the new tail).
 * The rules live in rules.ts as pure functions; effects come back as data.
 */

import { setup } from 'xstate'
import * as rules from './rules'
import { placesMe, removesMe } from './server'
import { emitOutbox, ruleActions } from '../rule-actions'
import type { ChainContext, ChainEvent, Config, ServerContext } from './types'

/** The machine's context: the node's state. */
export type MachineContext = ChainContext

const emit = emitOutbox

const asServer = (c: MachineContext) => c as ServerContext

export const chainMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as ChainEvent,
    input: {} as ChainContext,
  },
  actions: ruleActions<ChainContext, ChainEvent>(rules),
  guards: {
    isMaster: ({ context }) => context.kind === 'master',
    placed: ({ context }) => context.kind === 'server' && context.placed,
    placesMe: ({ context, event }) => placesMe(asServer(context), event as Config),
    removesMe: ({ context, event }) => removesMe(asServer(context), event as Config),
  },
}).createMachine({
  id: 'chain',
  context: ({ input }) => input,
  initial: 'boot',
  states: {
    boot: {
      entry: ['start', emit],
      always: [
        { guard: 'isMaster', target: 'master' },
        { guard: 'placed', target: 'member' },
        { target: 'idle' },
      ],
    },
    master: {
      on: {
        Heartbeat: { actions: ['step', emit] },
        'timer.detect': { actions: ['step', emit] },
        'timer.ping': { actions: ['step', emit] },
        ClientRequest: { actions: ['step', emit] },
      },
    },
    idle: {
      on: {
        Config: [
          { guard: 'placesMe', target: 'member', actions: ['step', emit] },
          { actions: ['step', emit] },
        ],
      },
    },
    member: {
      on: {
        Config: [
          { guard: 'removesMe', target: 'idle', actions: ['step', emit] },
          { actions: ['step', emit] },
        ],
      },
    },
  },
  // Every server handles these in either state; its rules look at its place.
  on: {
    Forward: { guard: ({ context }) => context.kind === 'server', actions: ['step', emit] },
    Ack: { guard: ({ context }) => context.kind === 'server', actions: ['step', emit] },
    Report: { guard: ({ context }) => context.kind === 'server', actions: ['step', emit] },
    Transfer: { guard: ({ context }) => context.kind === 'server', actions: ['step', emit] },
    VersionQuery: { guard: ({ context }) => context.kind === 'server', actions: ['step', emit] },
    VersionReply: { guard: ({ context }) => context.kind === 'server', actions: ['step', emit] },
    ClientRequest: { guard: ({ context }) => context.kind === 'server', actions: ['step', emit] },
    'timer.ping': { guard: ({ context }) => context.kind === 'server', actions: ['step', emit] },
  },
})
