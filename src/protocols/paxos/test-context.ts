/** A node's context for rule tests: node n1 of five, with the given fields set. */

import { startContext } from './context'
import type { Command, PaxosContext } from './types'

export function testContext(over: Partial<PaxosContext> = {}): PaxosContext {
  const start = startContext({
    id: 'n1',
    peers: ['n2', 'n3', 'n4', 'n5'],
    electionTimeoutMs: [150, 300],
    heartbeatMs: 50,
    durable: null,
  })
  return { ...start, ...over }
}

export const putCommand = (key: string, value: string, client = 'c1', seq = 1): Command => ({
  op: 'put',
  key,
  value,
  client,
  seq,
})
