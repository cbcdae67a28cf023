import { heal, partition, put } from '../../../scenario/builders'
import { raftScenario } from '../gallery/build'
import type { BuiltInLesson } from '../../../lesson/types'

const followers = (term: number, ...ids: string[]) =>
  Object.fromEntries(ids.map((id) => [id, `follower, term ${term}`]))

/** During the partition: n1 still leads term 1 with n2, n4 leads term 2 with n3 and n5. */
const twoLeaders = {
  n1: 'leader, term 1',
  n2: 'follower, term 1',
  n3: 'follower, term 2',
  n4: 'leader, term 2',
  n5: 'follower, term 2',
}

export const splitBrainLesson: BuiltInLesson = {
  id: 'raft-split-brain',
  lesson: {
    version: 1,
    title: 'Raft: split brain, and how terms fix it',
    summary:
      'A partition leaves the old leader with a minority while the majority elects a new one: ' +
      'two leaders at once, in different terms. Only one of them can commit, and when the ' +
      'network heals the higher term wins.',
    scenario: raftScenario(
      8,
      [
        put(400, 'x', '1', 'n1'),
        partition(900, ['n1', 'n2'], ['n3', 'n4', 'n5']),
        put(1300, 'x', '2', 'n1'),
        put(1400, 'y', '1', 'n4'),
        heal(2000),
      ],
      // One attempt per client: a retry of x = 2 would find the new leader and commit there.
      { params: { clientAttempts: 1 } },
    ),
    steps: [
      {
        at: 850,
        text:
          'n1 has led term 1 since 206 ms. A client wrote x = 1 through it: the entry is ' +
          'committed at index 2, and every node has applied it. All is well, for now.',
        highlight: { nodes: ['n1'] },
        expect: { nodes: { n1: 'leader, term 1', ...followers(1, 'n2', 'n3', 'n4', 'n5') } },
      },
      {
        at: 900,
        text:
          'The network splits in two: n1 and n2 on one side, n3, n4 and n5 on the other. ' +
          'Messages still flow within each side; every message between the sides is lost.',
        highlight: { nodes: ['n1', 'n2'] },
        question: {
          prompt: 'n1 is cut off from the majority. What does it do?',
          choices: [
            'It steps down at once',
            'It carries on as leader of term 1',
            'It starts an election for term 2',
          ],
          answer: 1,
          explanation:
            'Nothing tells n1 that it is cut off: to a node, a lost message looks just like a ' +
            'slow one. A leader has no election timer, so it keeps leading until it hears of a ' +
            'higher term.',
        },
        expect: { nodes: { n1: 'leader, term 1', ...followers(1, 'n2', 'n3', 'n4', 'n5') } },
      },
      {
        at: 1010,
        text:
          'n1 still sends heartbeats every 50 ms (147–150 at 1006 ms). n2 receives them and ' +
          'keeps following n1. Those to n3, n4 and n5 are lost, so their election timers ' +
          'are no longer reset and keep running down.',
        highlight: { nodes: ['n1', 'n3', 'n4', 'n5'], messages: [147, 148, 149, 150] },
        question: {
          prompt: 'What will n3, n4 and n5 do?',
          choices: [
            'Wait for n1 to come back',
            'Elect a leader among themselves, in term 2',
            'Nothing: n1 is still the leader of term 1, so nobody else may lead',
          ],
          answer: 1,
          explanation:
            'The first of them to time out stands for term 2. Three of five is a majority, so ' +
            'their side can elect a leader without n1 and n2.',
        },
        expect: { nodes: { n1: 'leader, term 1', ...followers(1, 'n2', 'n3', 'n4', 'n5') } },
      },
      {
        until: { role: 'leader', node: 'n4' },
        text:
          'n4 timed out at 1051 ms and asked for votes in term 2 (152–155). n3 and n5 said yes ' +
          '(160, 161); the requests to n1 and n2 were lost. With its own vote that is three: ' +
          'n4 leads term 2. Now two nodes are called leader, n1 in term 1 and n4 in term 2.',
        highlight: { nodes: ['n1', 'n4'], messages: [152, 153, 154, 155, 160, 161] },
        question: {
          prompt:
            'Election Safety says there is at most one leader per term. Is it broken now, ' +
            'with two leaders?',
          choices: ['Yes: there are two leaders at once', 'No: they lead different terms'],
          answer: 1,
          explanation:
            'n4 won term 2 with a majority, and no other node can win a majority in term 2, ' +
            'since each node votes once per term. n1 is the leader of an older term, 1, which ' +
            'it won before the split. Two leaders at once is allowed; two in one term is not.',
        },
        expect: { nodes: twoLeaders },
      },
      {
        at: 1316,
        text:
          'The safety checker reports nothing broken. At 1300 ms a client sends put x = 2 to ' +
          'n1 (211), which still thinks it leads: it appends x = 2 at index 3, in term 1, and ' +
          'sends AppendEntries (218–221). Only the copy for n2 can arrive.',
        highlight: { nodes: ['n1', 'n2'], messages: [211, 218, 219, 220, 221] },
        question: {
          prompt: 'Will x = 2 commit?',
          choices: [
            'Yes: n1 is a leader, and leaders commit writes',
            'Yes, as soon as n2 has stored it',
            'Not while the partition lasts: n1 and n2 are two nodes of five, not a majority',
          ],
          answer: 2,
          explanation:
            'A leader commits an entry only once a majority store it. The majority of the ' +
            'cluster is on the other side of the cut, so the old leader can take writes but ' +
            'never commit them.',
        },
        expect: { nodes: twoLeaders, violations: [] },
      },
      {
        until: { reply: 'ok' },
        text:
          'Meanwhile, at 1400 ms, another client sends put y = 1 to n4 (240). n4 appends it at ' +
          'index 4, after its blank entry of term 2, and commits it at 1469 ms with n3 and n5; ' +
          'the client has its ok at 1497 ms (267). x = 2 is still stored on only n1 and n2, and ' +
          'n1’s commit index is still 2.',
        highlight: { nodes: ['n4', 'n3', 'n5'], messages: [240, 267] },
        expect: { nodes: twoLeaders, violations: [] },
      },
      {
        until: { reply: 'timeout' },
        text:
          'The client that sent x = 2 to n1 gives up at 1800 ms, after waiting 500 ms without ' +
          'an answer. In this scenario each client tries only once; a real client would try ' +
          'another node and, once it found n4, its write would commit there.',
        highlight: { nodes: ['n1'] },
        question: {
          prompt: 'At 2000 ms the partition heals. What happens to n1?',
          choices: [
            'It stays the leader of term 1, next to n4',
            'It hears of term 2, steps down and follows n4',
            'n4 steps down, because n1 was leader first',
          ],
          answer: 1,
          explanation:
            'Every Raft message carries its sender’s term. A node that sees a higher term than ' +
            'its own adopts it at once and becomes a follower, whatever its role: its ' +
            'information is stale.',
        },
        expect: { nodes: twoLeaders },
      },
      {
        until: { role: 'follower', node: 'n1' },
        text:
          'After the heal, n1’s next AppendEntries of term 1 reached n4 (386). n4 refused it ' +
          'and replied with its own term, 2 (389). That reply is all n1 needs: it adopts term 2 ' +
          'and steps down to follower. n2 is still in term 1, because nothing from term 2 has ' +
          'reached it yet.',
        highlight: { nodes: ['n1', 'n4'], messages: [386, 389] },
        question: {
          prompt:
            'n1’s log holds x = 2 at index 3, in term 1; n4’s holds its blank entry of term 2 ' +
            'there. What happens to x = 2?',
          choices: [
            'n4 copies it, and it commits after all',
            'It is deleted from n1’s log and replaced by n4’s entry',
            'Each log keeps its own entry at index 3',
          ],
          answer: 1,
          explanation:
            'The leader’s log wins. When a follower finds that an entry conflicts with the ' +
            'leader’s (same index, different term), it deletes that entry and everything after ' +
            'it, then appends the leader’s entries.',
        },
        expect: {
          nodes: { n1: 'follower, term 2', n2: 'follower, term 1', n4: 'leader, term 2' },
        },
      },
      {
        at: 2052,
        text:
          'n4’s AppendEntries (393) reached n1 at 2051 ms, with prevLogIndex 2 and prevLogTerm 1: ' +
          'the logs agree up to index 2. At index 3 they conflict, so n1 deletes x = 2 and ' +
          'appends n4’s entries 3 and 4, then applies y = 1. Throwing x = 2 away is safe: it was ' +
          'never committed, and no client was told it succeeded.',
        highlight: { nodes: ['n1', 'n4'], messages: [393] },
        expect: { nodes: { n1: 'follower, term 2', n2: 'follower, term 1', n4: 'leader, term 2' } },
      },
      {
        at: 2070,
        text:
          'n2 did the same at 2064 ms (394). One leader again, n4 in term 2, and every log ' +
          'holds x = 1 and y = 1. Election Safety held all along: the two leaders never shared ' +
          'a term. Terms let the old leader find out that it was stale, and majorities kept it ' +
          'from committing anything in the meantime.',
        highlight: { nodes: ['n4'], messages: [394] },
        expect: {
          nodes: { n4: 'leader, term 2', ...followers(2, 'n1', 'n2', 'n3', 'n5') },
          violations: [],
        },
      },
    ],
  },
}
