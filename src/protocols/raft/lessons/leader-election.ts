import { crash, restart } from '../../../scenario/builders'
import { raftScenario } from '../gallery/build'
import type { BuiltInLesson } from '../../../lesson/types'

const followers = (term: number, ...ids: string[]) =>
  Object.fromEntries(ids.map((id) => [id, `follower, term ${term}`]))

export const leaderElectionLesson: BuiltInLesson = {
  id: 'raft-leader-election',
  lesson: {
    version: 1,
    title: 'Raft: leader election',
    summary:
      'How five nodes agree on a leader with nothing but timeouts and votes, and how they ' +
      'replace it when it crashes.',
    scenario: raftScenario(8, [crash(600, 'n1'), restart(1200, 'n1')]),
    steps: [
      {
        at: 0,
        text:
          'Five Raft nodes start as followers in term 0. A follower waits to hear from a ' +
          'leader; the ring around each node is its election timer, a random time between ' +
          '150 and 300 ms. Nobody leads yet.',
        expect: { nodes: followers(0, 'n1', 'n2', 'n3', 'n4', 'n5') },
      },
      {
        at: 150,
        text:
          'The timers run down at the same speed but started from different random values. ' +
          'The first to run out decides who asks to lead.',
        question: {
          prompt: 'Which node times out first?',
          choices: ['n1', 'n2', 'n3', 'n4', 'n5'],
          answer: 0,
          explanation:
            "n1's ring is the shortest. Randomised timeouts make it likely that one node " +
            'starts an election well before the others, so elections rarely collide.',
        },
        expect: { nodes: followers(0, 'n1', 'n2', 'n3', 'n4', 'n5') },
      },
      {
        until: { role: 'candidate', node: 'n1' },
        text:
          'n1 timed out. It becomes a candidate: it moves to term 1, votes for itself and ' +
          'sends RequestVote to every other node.',
        highlight: { nodes: ['n1'], messages: [1, 2, 3, 4] },
        expect: { nodes: { n1: 'candidate, term 1', ...followers(0, 'n2', 'n3', 'n4', 'n5') } },
      },
      {
        at: 195,
        text:
          'A follower that sees a higher term adopts it, and grants its vote if it has not ' +
          'voted in this term yet and the candidate’s log is at least as up to date as its ' +
          'own. n5, n3 and n4 have answered yes; n2’s request is still on its way.',
        highlight: { nodes: ['n3', 'n4', 'n5'], messages: [5, 6, 7] },
        question: {
          prompt: 'How many votes, its own included, does n1 need to win?',
          choices: ['2', '3', '4', '5'],
          answer: 1,
          explanation:
            'A majority of the five: 3. Two majorities always share a node, and a node votes ' +
            'once per term, so no two leaders can be elected in one term.',
        },
        expect: {
          nodes: { n1: 'candidate, term 1', n2: 'follower, term 0', ...followers(1, 'n3', 'n4') },
        },
      },
      {
        until: { role: 'leader', node: 'n1' },
        text:
          'The votes of n5 and n4 arrived first: with its own that makes three, a majority, ' +
          'so n1 is the leader of term 1 and at once sends AppendEntries to claim it. The ' +
          'yes votes of n3 and n2, still on their way, are no longer needed.',
        highlight: { nodes: ['n1'], messages: [6, 8] },
        expect: { nodes: { n1: 'leader, term 1', ...followers(1, 'n2', 'n3', 'n4', 'n5') } },
      },
      {
        at: 400,
        text:
          'A leader sends AppendEntries every 50 ms, empty when there is nothing to copy: a ' +
          'heartbeat. Each one restarts the followers’ election timers, so while n1 is alive ' +
          'and reachable nobody else stands.',
        highlight: { nodes: ['n1'] },
        expect: { nodes: { n1: 'leader, term 1', ...followers(1, 'n2', 'n3', 'n4', 'n5') } },
      },
      {
        at: 600,
        text: 'Now the leader crashes. Its heartbeats stop.',
        highlight: { nodes: ['n1'] },
        question: {
          prompt: 'What happens next?',
          choices: [
            'The cluster stops for good: only n1 could lead',
            'A follower times out and starts an election for term 2',
            'The followers vote n1 back in when it restarts',
          ],
          answer: 1,
          explanation:
            'Without heartbeats the followers’ timers run out. The first one becomes a ' +
            'candidate for term 2; four nodes are still up, and three of them make a majority.',
        },
        expect: { nodes: { n1: 'crashed', ...followers(1, 'n2', 'n3', 'n4', 'n5') } },
      },
      {
        until: { role: 'candidate' },
        text:
          'n3’s timer ran out first. It stands for term 2, the term after the highest it has ' +
          'seen, and asks the others, n1 included, for their votes. A crashed node just does ' +
          'not answer.',
        highlight: { nodes: ['n3'] },
        expect: { nodes: { n1: 'crashed', n3: 'candidate, term 2' } },
      },
      {
        until: { role: 'leader' },
        text:
          'Three votes out of five: n3 leads term 2. Terms are Raft’s logical clock: every ' +
          'message carries one, and a node that sees a higher term knows its own information ' +
          'is stale.',
        highlight: { nodes: ['n3'] },
        expect: {
          nodes: { n1: 'crashed', n3: 'leader, term 2', ...followers(2, 'n2', 'n4', 'n5') },
        },
      },
      {
        at: 1230,
        text:
          'n1 restarts. It kept its term and vote on disk, so it comes back a follower of ' +
          'term 1, and the first heartbeat from n3 carries term 2: n1 adopts it and follows ' +
          'n3. An old leader never comes back as leader on its own.',
        highlight: { nodes: ['n1', 'n3'] },
        expect: { nodes: { n1: 'follower, term 2', n3: 'leader, term 2' } },
      },
    ],
  },
}
