import { crash, get, put, restart } from '../../../scenario/builders'
import { raftScenario } from '../gallery/build'
import type { BuiltInLesson } from '../../../lesson/types'

const followers = (term: number, ...ids: string[]) =>
  Object.fromEntries(ids.map((id) => [id, `follower, term ${term}`]))

/** n1 leads term 1 and the four others follow it: the first part of the run. */
const term1 = { n1: 'leader, term 1', ...followers(1, 'n2', 'n3', 'n4', 'n5') }

export const logReplicationLesson: BuiltInLesson = {
  id: 'raft-log-replication',
  lesson: {
    version: 1,
    title: 'Raft: log replication',
    summary:
      'How a client’s write travels through the leader’s log to a majority, when it counts as ' +
      'committed, and how a follower that was down catches up on what it missed.',
    scenario: raftScenario(8, [
      put(400, 'x', '1', 'n3'),
      get(700, 'x', 'n2'),
      crash(900, 'n5'),
      put(1000, 'y', '2', 'n1'),
      put(1100, 'z', '3', 'n1'),
      // A leader change, so that the next leader does not know where n5's log ends.
      crash(1300, 'n1'),
      restart(1900, 'n5'),
    ]),
    steps: [
      {
        at: 300,
        text:
          'n1 won the election of term 1 at 206 ms. Like every new leader it appended a blank ' +
          'entry to its log, at index 1, and committed it at 241 ms once a majority had a copy. ' +
          'Each log entry holds a command and the term in which the leader created it.',
        highlight: { nodes: ['n1'] },
        expect: { nodes: term1 },
      },
      {
        at: 443,
        text:
          'At 400 ms a client sends put x = 1 to n3 (message 41). Only the leader adds entries ' +
          'to the log, so n3 refuses and names the leader it knows, n1 (47). The client sends ' +
          'the same request again, to n1 (51).',
        highlight: { nodes: ['n3', 'n1'], messages: [41, 47, 51] },
        expect: { nodes: term1 },
      },
      {
        at: 467,
        text:
          'The request reaches n1. n1 appends x = 1 to its own log at index 2, in term 1, and ' +
          'sends AppendEntries to every follower (56–59). Each carries the new entry, the index ' +
          'and term of the entry just before it (prevLogIndex 1, prevLogTerm 1), and the ' +
          'leader’s commit index, still 1.',
        highlight: { nodes: ['n1'], messages: [56, 57, 58, 59] },
        expect: { nodes: term1 },
      },
      {
        at: 486,
        text:
          'A follower appends the entry only if its own log has an entry at prevLogIndex with ' +
          'prevLogTerm; then the two logs agree up to there. n5, n3 and n2 all hold the blank ' +
          'entry of term 1 at index 1, so each appends x = 1 and replies success, up to index 2 ' +
          '(63, 64, 65). n4’s copy (58) is still on its way.',
        highlight: { nodes: ['n5', 'n3', 'n2'], messages: [63, 64, 65] },
        question: {
          prompt: 'When is x = 1 committed?',
          choices: [
            'As soon as n1 appends it to its own log',
            'When n1 learns that a majority of the nodes, itself included, store it',
            'When all five nodes store it',
            'When the client receives its answer',
          ],
          answer: 1,
          explanation:
            'Three of the five nodes are enough: n1 and two followers. Any future leader needs ' +
            'the votes of a majority, which shares a node with this one, and a node only votes ' +
            'for a candidate whose log is at least as up to date as its own. So a committed ' +
            'entry is in the log of every future leader.',
        },
        expect: { nodes: term1 },
      },
      {
        at: 503,
        text:
          'n2’s reply arrived at 500 ms and n5’s at 503 ms: with n1’s own copy that makes three ' +
          'of five. n1 commits index 2, applies put x = 1 to its key-value store and answers ' +
          'the client (72). It does not wait for n3 and n4, whose replies are still on their way.',
        highlight: { nodes: ['n1', 'n2', 'n5'], messages: [65, 63, 72] },
        expect: { nodes: term1 },
      },
      {
        until: { reply: 'ok' },
        afterMs: 5,
        text:
          'The client got its ok at 527 ms. The followers learn that index 2 is committed from ' +
          'the leader’s commit index, which every AppendEntries carries: on receiving the next ' +
          'ones (73–76), each follower applied x = 1 to its own store, n5 last at 531 ms. Every ' +
          'node applies the same commands in the same order, so all the stores agree.',
        highlight: { nodes: ['n2', 'n3', 'n4', 'n5'], messages: [73, 74, 75, 76] },
        expect: { nodes: term1 },
      },
      {
        at: 748,
        text:
          'At 700 ms another client sends get x to n2, which redirects it to n1 as well (115, ' +
          '119). A read goes through the log like a write: n1 appends get x at index 3 and ' +
          'sends it to the followers (120–123).',
        highlight: { nodes: ['n2', 'n1'], messages: [115, 119, 120, 121, 122, 123] },
        question: {
          prompt: 'n1’s store already says x = 1. Why does n1 not answer at once?',
          choices: [
            'A leader may have been replaced without knowing it, and its store may be out of date',
            'The followers need a copy of every read as a backup',
            'A get changes the store, so it must be replicated',
          ],
          answer: 0,
          explanation:
            'A leader cut off from the others keeps believing it leads while a new leader takes ' +
            'writes it never hears of. Once the get is committed, a majority accepted n1 as ' +
            'leader when the read took its place in the log, so the value it returns is current.',
        },
        expect: { nodes: term1 },
      },
      {
        until: { reply: 'ok', op: 2 },
        text:
          'The get committed at 786 ms, once n1 heard that n2 and n5 had it. n1 ran it against ' +
          'its store and answered 1 (139), which reached the client at 799 ms.',
        highlight: { nodes: ['n1'], messages: [139] },
        question: {
          prompt: 'At 900 ms n5 crashes. Can n1 still commit writes?',
          choices: [
            'No: every follower must store an entry before it commits',
            'Yes: n1 and three followers are left, and three of five make a majority',
            'Only after n5 restarts',
          ],
          answer: 1,
          explanation:
            'A majority of the five is still three, and four nodes are up. Raft keeps working as ' +
            'long as a majority of its nodes are up and can reach each other.',
        },
        expect: { nodes: term1 },
      },
      {
        until: { reply: 'ok', op: 4 },
        text:
          'n5 crashed at 900 ms. Two writes followed: y = 2 committed at index 4 at 1058 ms and ' +
          'z = 3 at index 5 at 1167 ms, both without n5. n1 keeps sending n5 the entries it ' +
          'lacks (218 carries 4 and 5), but a crashed node answers nothing.',
        highlight: { nodes: ['n1', 'n5'], messages: [218] },
        expect: { nodes: { ...term1, n5: 'crashed' } },
      },
      {
        until: { role: 'leader' },
        text:
          'At 1300 ms n1 crashes too. n3’s timer ran out first: it stood for term 2 and won ' +
          'with the votes of n2 and n4 (245, 246). Its log has all five entries. A new leader ' +
          'knows nothing of its followers’ logs, so it guesses that each ends where its own ' +
          'does: it sends prevLogIndex 5 along with its blank entry for term 2 at index 6 ' +
          '(247–250).',
        highlight: { nodes: ['n3'], messages: [245, 246, 247, 248, 249, 250] },
        question: {
          prompt: 'n5 will restart with only entries 1 to 3. Has it lost y and z for good?',
          choices: [
            'Yes: they were committed while it was down',
            'No: n3 steps back through its log until the two logs agree, then sends the rest',
            'No, but only n1 can send them, once it restarts',
          ],
          answer: 1,
          explanation:
            'The leader keeps, for each follower, the index of the next entry to send it ' +
            '(nextIndex). When a follower refuses an AppendEntries, the leader lowers that index ' +
            'by one and tries again, until the follower’s log matches at prevLogIndex.',
        },
        expect: {
          nodes: {
            n1: 'crashed',
            n3: 'leader, term 2',
            ...followers(2, 'n2', 'n4'),
            n5: 'crashed',
          },
        },
      },
      {
        at: 1920,
        text:
          'n5 restarted at 1900 ms. Its term, vote and log were on disk, so it still holds ' +
          'entries 1 to 3; its commit index and store were not. The first AppendEntries to ' +
          'reach it (292) moves it to term 2 but has ' +
          'prevLogIndex 5, and n5 has no entry 5: it refuses (293). n3 lowers n5’s nextIndex ' +
          'to 5 and tries again at once, with prevLogIndex 4 (295).',
        highlight: { nodes: ['n5', 'n3'], messages: [292, 293, 295] },
        expect: { nodes: { n1: 'crashed', n3: 'leader, term 2', n5: 'follower, term 2' } },
      },
      {
        at: 1996,
        text:
          'n5 has no entry 4 either and refuses again (301), so n3 sends prevLogIndex 3 and ' +
          'prevLogTerm 1 (304). n5’s entry 3, the get, has term 1: the logs agree up to there. ' +
          'n5 appends entries 4 to 6, learns that all six are committed and applies its log from ' +
          'the start: its store holds x = 1, y = 2 and z = 3 again. A follower that was down ' +
          'loses nothing that was committed.',
        highlight: { nodes: ['n5', 'n3'], messages: [301, 304] },
        expect: {
          nodes: { n1: 'crashed', n3: 'leader, term 2', ...followers(2, 'n2', 'n4', 'n5') },
          violations: [],
        },
      },
    ],
  },
}
