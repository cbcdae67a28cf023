import { describe, expect, it } from 'vitest'
import { describeEntry, type EntryLookup, type InvokeEntry } from './event-text'
import { EventIndex } from './event-index'
import { Timeline } from './timeline'
import { raftMessageKind } from '../protocols/raft/messages'
import { protocolLookup } from '../protocols/registry'
import { DESIGN_EXAMPLE } from '../test/design-example'
import type { SendEntry } from './messages'
import type { StateEntry } from './roles'
import type { TraceEntry } from '../sim/trace'
import type { Input } from '../scenario/types'

const vote: SendEntry = {
  t: 100,
  kind: 'send',
  id: 812,
  from: 'n1',
  to: 'n3',
  deliverAt: 120,
  payload: { type: 'RequestVote', term: 2, candidateId: 'n1' } as never,
}
const append: SendEntry = {
  t: 200,
  kind: 'send',
  id: 813,
  from: 'n1',
  to: 'n3',
  deliverAt: 220,
  payload: { type: 'AppendEntries', term: 3, entries: [{}, {}] } as never,
}
const put: InvokeEntry = {
  t: 300,
  kind: 'invoke',
  op: 0,
  client: 'c1',
  name: 'put',
  key: 'x',
  value: '1',
}
const inputs: Input[] = [
  { at: 50, type: 'crash', node: 'n1' },
  { at: 60, type: 'drop', message: 812 },
]
const follower: StateEntry = {
  t: 0,
  kind: 'state',
  node: 'n2',
  role: 'follower',
  term: 2,
  commit: 0,
}
const crashed: StateEntry = {
  t: 5,
  kind: 'state',
  node: 'n2',
  role: 'crashed',
  term: null,
  commit: null,
}

function lookup(before = new Map<StateEntry, StateEntry | null>()): EntryLookup {
  return {
    sendOf: (id) => [vote, append].find((s) => s.id === id),
    invokeOf: (op) => (op === 0 ? put : undefined),
    stateBefore: (e) => before.get(e),
    inputAt: (i) => inputs[i],
    kindOf: raftMessageKind,
  }
}

const text = (e: TraceEntry, l = lookup()) => describeEntry(e, l)
const send = (payload: object): SendEntry => ({ ...vote, payload: payload as never })

describe('describeEntry', () => {
  it('names a send by its route, kind and term', () => {
    expect(text(vote)).toBe('n1 → n3 RequestVote (term 2)')
    expect(text(append)).toBe('n1 → n3 AppendEntries (term 3, 2 entries)')
    expect(
      text({
        ...append,
        id: 9,
        copyOf: 813,
        payload: { type: 'AppendEntries', term: 3, entries: [] } as never,
      }),
    ).toBe('n1 → n3 Heartbeat (term 3, copy of #813)')
  })

  it('names client messages by their operation and answer', () => {
    const request = { type: 'ClientRequest', client: 'c1', seq: 1, op: 'put', key: 'x', value: '1' }
    expect(text(send(request))).toBe('n1 → n3 ClientRequest (put x=1)')
    const reply = { type: 'ClientReply', client: 'c1', seq: 1 }
    expect(text(send({ ...reply, ok: true, output: '7' }))).toBe('n1 → n3 ClientReply (ok: 7)')
    expect(text(send({ ...reply, ok: false, leader: 'n2' }))).toBe('n1 → n3 ClientReply (try n2)')
    expect(text(send({ ...reply, ok: false, leader: null }))).toBe(
      'n1 → n3 ClientReply (no leader known)',
    )
  })

  it('reads deliveries, drops and delays through the send they refer to', () => {
    expect(text({ t: 220, kind: 'deliver', id: 813 })).toBe('n3 delivered AppendEntries from n1')
    expect(text({ t: 120, kind: 'drop', id: 812, reason: 'partition' })).toBe(
      'message #812 dropped (partition): RequestVote n1 → n3',
    )
    expect(text({ t: 110, kind: 'delay', id: 812, deliverAt: 1520 })).toBe(
      'message #812 delayed, due 1.520 s: RequestVote n1 → n3',
    )
    expect(text({ t: 120, kind: 'deliver', id: 5 })).toBe('message #5 delivered')
  })

  it('says what a state entry changed since the node’s previous one', () => {
    const candidate: StateEntry = { ...follower, t: 1, role: 'candidate', term: 3 }
    const leader: StateEntry = { ...follower, t: 2, role: 'leader', term: 3 }
    const committed: StateEntry = { ...leader, t: 3, commit: 4 }
    const newTerm: StateEntry = { ...follower, t: 4, term: 5 }
    const restarted: StateEntry = { ...follower, t: 6, term: 5 }
    const before = new Map<StateEntry, StateEntry | null>([
      [follower, null],
      [candidate, follower],
      [leader, candidate],
      [committed, leader],
      [newTerm, committed],
      [crashed, newTerm],
      [restarted, crashed],
    ])
    const l = lookup(before)
    expect(text(follower, l)).toBe('n2 started as follower, term 2')
    expect(text(candidate, l)).toBe('n2 became candidate, term 3')
    expect(text(leader, l)).toBe('n2 became leader, term 3')
    expect(text(committed, l)).toBe('n2 committed up to 4')
    expect(text(newTerm, l)).toBe('n2 became follower, term 5, commit 0')
    expect(text(crashed, l)).toBe('n2 crashed')
    expect(text(restarted, l)).toBe('n2 restarted as follower, term 5')
    expect(text({ ...leader, t: 9 }, l)).toBe('n2 leader, term 3')
  })

  it('names timers, inputs, client operations and violations', () => {
    expect(text({ t: 1, kind: 'timer', node: 'n4', name: 'election' })).toBe(
      'n4 election timer fired',
    )
    expect(text({ t: 50, kind: 'input', index: 0, type: 'crash' })).toBe('input: crash n1')
    expect(text({ t: 60, kind: 'input', index: 1, type: 'drop', ignored: 'already arrived' })).toBe(
      'input: drop #812 (ignored: already arrived)',
    )
    expect(text(put)).toBe('client c1 invoked put x=1')
    const ok = { t: 400, kind: 'return', op: 0, outcome: 'ok', output: null } as const
    expect(text(ok)).toBe('client c1 put x=1 returned ok')
    expect(text({ ...ok, output: '1' })).toBe('client c1 put x=1 returned ok: 1')
    expect(text({ ...ok, outcome: 'timeout' })).toBe('client c1 put x=1 gave up (timeout)')
    expect(
      text({
        t: 9,
        kind: 'violation',
        invariant: 'Election Safety',
        nodes: ['n1'],
        message: 'two leaders in term 2',
      }),
    ).toBe('violation: Election Safety: two leaders in term 2')
  })
})

describe('event lines of a real run', () => {
  const timeline = new Timeline(DESIGN_EXAMPLE, protocolLookup.get('raft')!)
  timeline.extendTo(4000)
  const index = new EventIndex({
    nodes: timeline.context.ids,
    inputs: DESIGN_EXAMPLE.inputs,
    kindOf: (p) => timeline.context.protocol.messageKind(p),
  }).update(timeline.trace)
  const lines = timeline.trace.slice().map((_, i) => index.describe(i))

  it('has a line for every entry, and never an unresolved reference', () => {
    expect(lines).toHaveLength(timeline.trace.length)
    expect(lines.filter((l) => l.length === 0 || l.includes('undefined'))).toEqual([])
    expect(lines.filter((l) => l.startsWith('message #') && l.endsWith('delivered'))).toEqual([])
  })

  it('tells the story of the design example', () => {
    const story = [
      /^n\d started as follower, term 0$/,
      /^n\d became leader, term \d+$/,
      /^n\d → n\d RequestVote \(term \d+\)$/,
      /^n\d delivered AppendEntries from n\d$/,
      /^input: crash n1$/,
      /^n1 crashed$/,
      /^input: partition n1 n2 \| n3 n4 n5$/,
      /^message #\d+ dropped \(partition\)/,
      /^client c1 invoked put x=1$/,
      /^client c1 put x=1 returned ok/,
      /^input: delay #814 by 400 ms/,
    ]
    expect(story.filter((line) => !lines.some((l) => line.test(l)))).toEqual([])
  })
})

describe('describeEntry for a protocol with its own epoch and words', () => {
  const spec = {
    ...protocolLookup.get('raft')!.spec,
    epoch: { name: 'ballot', format: (n: number) => `${Math.floor(n / 100)}.${n % 100}` },
  }
  const words: EntryLookup = {
    ...lookup(),
    kindOf: (p) => p.type,
    spec,
    describeMessage: (from, to, p) => (p.type === 'Promise' ? `${from} promised ${to}` : null),
  }

  it('puts the protocol’s words after the kind, and notes a ballot however it is carried', () => {
    expect(text(send({ type: 'Promise', ballot: 301 }), words)).toBe(
      'n1 → n3 Promise: n1 promised n3 (ballot 3.1)',
    )
    expect(text(send({ type: 'Accept', ballot: { round: 4, node: 2 } }), words)).toBe(
      'n1 → n3 Accept (ballot 4.2)',
    )
    expect(text(send({ type: 'Accept', ballot: { round: 4, node: 'n3' } }), words)).toBe(
      'n1 → n3 Accept (ballot 4.3)',
    )
    expect(text(send({ type: 'Accept', ballot: '5.1', entries: [{}] }), words)).toBe(
      'n1 → n3 Accept (ballot 5.1, 1 entry)',
    )
    expect(text(send({ type: 'Accept', ballot: { round: 'x' } }), words)).toBe('n1 → n3 Accept')
  })

  it('writes the epoch as the protocol does in state lines', () => {
    const acceptor: StateEntry = { ...follower, role: 'acceptor', term: 301 }
    const moved: StateEntry = { ...acceptor, t: 1, term: 403 }
    const l = { ...words, stateBefore: (e: StateEntry) => (e === moved ? acceptor : null) }
    expect(text(acceptor, l)).toBe('n2 started as acceptor, ballot 3.1')
    expect(text(moved, l)).toBe('n2 moved to ballot 4.3 as acceptor')
  })
})
