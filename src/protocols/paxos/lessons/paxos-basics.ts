import { crash, drop, paxosScenario, put } from '../gallery/build'
import type { BuiltInLesson } from '../../../lesson/types'

const acceptors = (ballot: string | null, ...ids: string[]) =>
  Object.fromEntries(
    ids.map((id) => [id, ballot === null ? 'acceptor' : `acceptor, ballot ${ballot}`]),
  )

/**
 * Seed 1: n2 leads ballot 1.2 and chooses x = 1 and y = 2; its Accepts for z = 3 to n1
 * and n3 (messages 90 and 91) are lost, and it crashes before hearing back from n4 and n5.
 */
const scenario = paxosScenario(1, [
  put(400, 'x', '1'),
  put(600, 'y', '2'),
  put(800, 'z', '3'),
  drop(821, 90),
  drop(821, 91),
  crash(840, 'n2'),
])

export const paxosLesson: BuiltInLesson = {
  id: 'paxos-multi-paxos',
  lesson: {
    version: 1,
    title: 'Multi-Paxos: ballots, promises and a stable leader',
    summary:
      'How a node wins a ballot with promises, how each command is chosen in its own slot ' +
      'by a majority, and why a value chosen just before the leader crashes survives.',
    scenario,
    steps: [
      {
        at: 0,
        text:
          'Five Multi-Paxos nodes. Each is at once a proposer, an acceptor and a learner. ' +
          'They start as acceptors that have promised nothing, so no ballot shows yet. As in ' +
          'Raft, each waits for a leader with a random election timer.',
        expect: { nodes: acceptors(null, 'n1', 'n2', 'n3', 'n4', 'n5') },
      },
      {
        until: { role: 'candidate', node: 'n2' },
        text:
          'n2’s timer ran out first. It becomes a candidate and picks ballot 1.2: round 1, ' +
          'node 2. Ballots are ordered by round, then node, so no two proposers share one. ' +
          'It promises the ballot to itself and sends Prepare 1.2 to the others (Phase 1), ' +
          'for every slot from slot 1 on.',
        highlight: { nodes: ['n2'], messages: [1, 2, 3, 4] },
        question: {
          prompt: 'The other four have promised nothing yet. What does each one answer?',
          choices: [
            'A Promise to ignore ballots below 1.2, with the values it has accepted',
            'A refusal, until a client sends a command',
            'Nothing: only a leader’s messages are answered',
          ],
          answer: 0,
          explanation:
            'An acceptor promises any ballot higher than every one it has promised before. ' +
            'The promise reports what it has accepted in those slots, so that a new leader ' +
            'can learn of values that may already be chosen.',
        },
        expect: {
          nodes: { n2: 'candidate, ballot 1.2', ...acceptors(null, 'n1', 'n3', 'n4', 'n5') },
        },
      },
      {
        until: { role: 'leader', node: 'n2' },
        text:
          'Each acceptor promised 1.2 and reported nothing accepted (messages 5 to 8); an ' +
          'acceptor’s name now shows the ballot it promised. The promises of n1 and n4 ' +
          'arrived first: with its own that makes three of five, a majority, so n2 leads ' +
          'ballot 1.2 and starts sending heartbeats.',
        highlight: { nodes: ['n2'], messages: [5, 6, 7, 8] },
        expect: {
          nodes: { n2: 'leader, ballot 1.2', ...acceptors('1.2', 'n1', 'n3', 'n4', 'n5') },
        },
      },
      {
        at: 424,
        text:
          'A client’s put x = 1 reaches n2. n2 gives it slot 1, accepts it itself and sends ' +
          'Accept (ballot 1.2, slot 1, x = 1) to the others: Phase 2. An acceptor accepts ' +
          'it unless it has promised a higher ballot.',
        highlight: { nodes: ['n2'], messages: [30, 31, 32, 33] },
        question: {
          prompt: 'When is x = 1 chosen in slot 1?',
          choices: [
            'When all five nodes have accepted it',
            'When a majority has accepted it at ballot 1.2',
            'When the client hears back',
          ],
          answer: 1,
          explanation:
            'A value is chosen once a majority of acceptors accepts it at one ballot. Any ' +
            'later majority of promises overlaps that one, so no later leader can miss it.',
        },
        expect: {
          nodes: { n2: 'leader, ballot 1.2', ...acceptors('1.2', 'n1', 'n3', 'n4', 'n5') },
        },
      },
      {
        at: 486,
        text:
          'The Accepted replies of n5 and n1 (messages 34 and 40) came back first: with n2’s ' +
          'own that is a majority, so x = 1 is chosen. n2 answered the client and told the ' +
          'learners with Decide (42 to 45); by now every node has applied x = 1 to its ' +
          'store. Nodes apply chosen commands strictly in slot order.',
        highlight: { nodes: ['n2'], messages: [34, 40, 42, 43, 44, 45] },
        question: {
          prompt: 'A second client sends put y = 2. What does n2 send first?',
          choices: ['Prepare with a new ballot, for slot 2', 'Accept for slot 2 at ballot 1.2'],
          answer: 1,
          explanation:
            'The promises for 1.2 cover every slot from slot 1 on, and nobody has promised a ' +
            'higher ballot since, so n2 can go straight to Phase 2.',
        },
        expect: {
          nodes: { n2: 'leader, ballot 1.2', ...acceptors('1.2', 'n1', 'n3', 'n4', 'n5') },
        },
      },
      {
        at: 668,
        text:
          'No Prepare: a stable leader skips Phase 1. n2 sent Accept for slot 2 only ' +
          '(messages 60 to 63), and the Accepted of n5 and n3 (70 and 68) make a majority: ' +
          'y = 2 is chosen in slot 2, one round trip after the request arrived.',
        highlight: { nodes: ['n2'], messages: [60, 61, 62, 63, 68, 70] },
        expect: {
          nodes: { n2: 'leader, ballot 1.2', ...acceptors('1.2', 'n1', 'n3', 'n4', 'n5') },
        },
      },
      {
        at: 840,
        text:
          'A third put, z = 3, went into slot 3 (Accepts 90 to 93). The Accepts to n1 and n3 ' +
          'were lost; n4 and n5 accepted z = 3, and n2 has just crashed, before their ' +
          'replies reached it. So z = 3 is chosen, as n2, n4 and n5 accepted it at 1.2, yet ' +
          'no node knows it: no Decide went out.',
        highlight: { nodes: ['n2', 'n4', 'n5'], messages: [90, 91, 92, 93] },
        expect: { nodes: { n2: 'crashed', ...acceptors('1.2', 'n1', 'n3', 'n4', 'n5') } },
      },
      {
        until: { role: 'candidate' },
        text:
          'With no heartbeats, n1’s timer runs out. It has seen ballot 1.2, so it picks a ' +
          'higher one, 2.1 (round 2, node 1), and sends Prepare 2.1 from slot 3, the first ' +
          'slot it does not know to be chosen.',
        highlight: { nodes: ['n1'], messages: [100, 101, 102, 103] },
        question: {
          prompt: 'If n1 wins, what will it propose in slot 3?',
          choices: [
            'Whatever it likes: no node learned slot 3',
            'z = 3, which the promises report',
            'A no-op, to fill the gap',
          ],
          answer: 1,
          explanation:
            'Any majority of promises includes one of n2, n4 and n5, which accepted z = 3, ' +
            'and a new leader must re-propose the value with the highest ballot reported in ' +
            'each slot. A no-op fills only a slot where no promise reports a value.',
        },
        expect: {
          nodes: {
            n1: 'candidate, ballot 2.1',
            n2: 'crashed',
            ...acceptors('1.2', 'n3', 'n4', 'n5'),
          },
        },
      },
      {
        until: { role: 'leader', node: 'n1' },
        text:
          'n3 promised 2.1 with nothing accepted in slot 3 (message 104); n5 and n4 promised ' +
          'and reported z = 3, accepted at ballot 1.2 (105 and 106). The promises of n3 and ' +
          'n4 give n1 its majority, and the one report of z = 3 among them is enough: n1 ' +
          'proposes z = 3 in slot 3 again, at ballot 2.1 (111 to 114).',
        highlight: { nodes: ['n1', 'n4', 'n5'], messages: [104, 105, 106, 111, 112, 113, 114] },
        expect: {
          nodes: { n1: 'leader, ballot 2.1', n2: 'crashed', ...acceptors('2.1', 'n3', 'n4', 'n5') },
        },
      },
      {
        at: 1136,
        text:
          'n5 and n4 accepted again (messages 115 and 116), so z = 3 is chosen at ballot 2.1: ' +
          'the same value, so slot 3’s choice never changed. Decide (118 to 121) told the ' +
          'learners, and n1, n3, n4 and n5 have now applied x = 1, y = 2 and z = 3, in slot ' +
          'order.',
        highlight: { nodes: ['n1'], messages: [115, 116, 118, 119, 120, 121] },
        expect: {
          nodes: { n1: 'leader, ballot 2.1', n2: 'crashed', ...acceptors('2.1', 'n3', 'n4', 'n5') },
        },
      },
      {
        until: { reply: 'ok', op: 3 },
        text:
          'The client of z = 3 never heard from n2, so at 1300 it sent its request again, to ' +
          'n3, which pointed it to the leader n1 (message 143). n1’s session for that client ' +
          'shows the request already applied in slot 3, so n1 answers ok (149) without ' +
          'proposing it a second time.',
        highlight: { nodes: ['n1'], messages: [143, 149] },
        expect: {
          nodes: { n1: 'leader, ballot 2.1', n2: 'crashed', ...acceptors('2.1', 'n3', 'n4', 'n5') },
        },
      },
    ],
  },
}
