import { describe, expect, it } from 'vitest'
import { describePaxosMessage, paxosMessageKind } from './messages'
import { putCommand } from './test-context'
import { NOOP } from './proposer'
import type { Payload } from '../../sim/protocol'
import type { PaxosMessage } from './types'

const x1 = putCommand('x', '1')
const say = (from: string, to: string, msg: PaxosMessage) =>
  describePaxosMessage(from, to, msg as unknown as Payload)

describe('Paxos messages in words', () => {
  it('say who promised, refused or accepted which ballot', () => {
    expect(say('n4', 'n3', { type: 'Prepare', ballot: 403, fromSlot: 2 })).toBe(
      'n4 asks n3 to promise ballot 4.3 for slots from 2',
    )
    expect(
      say('n3', 'n4', { type: 'Promise', ballot: 403, ok: true, promised: 403, accepted: [] }),
    ).toBe('n3 promised ballot 4.3 to n4')
    const reported = { slot: 4, ballot: 301, command: x1 }
    expect(
      say('n3', 'n4', {
        type: 'Promise',
        ballot: 403,
        ok: true,
        promised: 403,
        accepted: [reported, reported],
      }),
    ).toBe('n3 promised ballot 4.3 to n4, reporting 2 accepted values')
    expect(
      say('n2', 'n1', { type: 'Promise', ballot: 201, ok: false, promised: 303, accepted: [] }),
    ).toBe('n2 refused ballot 2.1: it promised 3.3')
    expect(say('n1', 'n2', { type: 'Accept', ballot: 301, slot: 4, command: x1 })).toBe(
      'n1 asks n2 to accept put x=1 in slot 4 at ballot 3.1',
    )
    expect(
      say('n2', 'n1', { type: 'Accepted', ballot: 301, slot: 4, ok: true, promised: 301 }),
    ).toBe('n2 accepted slot 4 at ballot 3.1')
    expect(
      say('n2', 'n1', { type: 'Accepted', ballot: 201, slot: 4, ok: false, promised: 303 }),
    ).toBe('n2 refused ballot 2.1: it promised 3.3')
  })

  it('say what was chosen, and what a learner asks for', () => {
    expect(say('n1', 'n2', { type: 'Decide', decisions: [{ slot: 4, command: x1 }] })).toBe(
      'slot 4 chosen: put x=1',
    )
    const batch = [1, 2, 3].map((slot) => ({ slot, command: NOOP }))
    expect(say('n1', 'n2', { type: 'Decide', decisions: batch })).toBe(
      'n1 tells n2 slots 1–3 chosen',
    )
    expect(say('n3', 'n1', { type: 'CatchUp', fromSlot: 5 })).toBe(
      'n3 asks n1 for the slots chosen from 5 on',
    )
    expect(say('n1', 'n2', { type: 'Heartbeat', ballot: 301, chosenUpTo: 4 })).toBeNull()
  })

  it('are of their own kind, each drawn by the presentation', () => {
    expect(paxosMessageKind({ type: 'Heartbeat' })).toBe('Heartbeat')
    expect(paxosMessageKind({ type: 'Promise' })).toBe('Promise')
  })
})
