import { chainScenario, crash, drop, get, put, restart } from '../gallery/build'
import type { BuiltInLesson } from '../../../lesson/types'

const chain = { n1: 'head', n2: 'middle', n3: 'tail', n4: 'master' }

/**
 * Seed 1: x = 1 goes down the chain and is read at the tail. Then y = 2 reaches n2, whose
 * Forward to n3 (message 116) is lost as n2 crashes; n2 later restarts and rejoins.
 */
const scenario = chainScenario(1, [
  put(300, 'x', '1', 'n2'),
  get(600, 'x', 'n3'),
  put(800, 'y', '2', 'n1'),
  drop(861, 116),
  crash(861, 'n2'),
  restart(1500, 'n2'),
  get(1900, 'y', 'n2'),
])

export const chainLesson: BuiltInLesson = {
  id: 'chain-replication',
  lesson: {
    version: 1,
    title: 'Chain replication: down the chain, back from the tail',
    summary:
      'How a write travels from the head to the tail, why the tail answers reads, and how ' +
      'the master repairs the chain when a middle server fails with a write half passed on.',
    scenario,
    steps: [
      {
        at: 0,
        text:
          'Three servers form a chain, n1 → n2 → n3, and n4 is the master that keeps the ' +
          'chain’s configuration. n1 is the head, where writes enter; n3 is the tail, which ' +
          'answers clients. Every 50 ms each server sends the master a heartbeat and hears ' +
          'the configuration back.',
        highlight: { nodes: ['n1', 'n3'] },
        expect: { nodes: chain },
      },
      {
        at: 330,
        text:
          'A client sent put x = 1 to n2. Only the head takes writes, so n2 pointed the ' +
          'client at n1 (message 39), and the client sent it there (42).',
        highlight: { nodes: ['n1', 'n2'], messages: [36, 39, 42] },
        question: {
          prompt: 'n1 takes x = 1. Who tells the client that it is done?',
          choices: ['The head n1, at once', 'The tail n3', 'The master n4'],
          answer: 1,
          explanation:
            'A write is committed once it reaches the tail: only then does every server in ' +
            'the chain have it, so the tail answers the client.',
        },
        expect: { nodes: chain },
      },
      {
        at: 400,
        text:
          'n1 gave the write sequence number 1, applied it and forwarded it to n2 (45), ' +
          'keeping it in its Sent list; n2 did the same towards n3 (48). The tail n3 ' +
          'applied it, answered the client (50) and acknowledged update 1 up the chain ' +
          '(51, then 55), which clears it from each Sent list on the way.',
        highlight: { nodes: ['n1', 'n2', 'n3'], messages: [45, 48, 50, 51, 55] },
        expect: { nodes: chain },
      },
      {
        at: 630,
        text:
          'A read of x went straight to the tail n3, which answered x = 1 from its own ' +
          'store (84) without asking anyone.',
        highlight: { nodes: ['n3'], messages: [80, 84] },
        question: {
          prompt: 'Why may the tail answer a read alone?',
          choices: [
            'It holds exactly the committed writes: every server before it has them too',
            'The master tells it which writes are committed',
            'It asks the head first',
          ],
          answer: 0,
          explanation:
            'A write is committed when the tail applies it, so the tail’s store is the ' +
            'committed state. A server higher up may hold a write not committed yet.',
        },
        expect: { nodes: chain },
      },
      {
        at: 862,
        text:
          'Now put y = 2: n1 made it update 2 and forwarded it to n2 (111), and n2 passed it ' +
          'on (116), but that message is lost and n2 crashes. Update 2 is in n1’s Sent ' +
          'list, not at n3: the write is not committed and the client is waiting.',
        highlight: { nodes: ['n1', 'n2'], messages: [111, 116] },
        expect: { nodes: { ...chain, n2: 'crashed' } },
      },
      {
        at: 1105,
        text:
          'n1 resent update 2 to n2 (124, 137), into the void. The master heard no ' +
          'heartbeat from n2 for five ticks, declared it dead and told every server chain ' +
          'version 2: n1 → n3 (140 to 142).',
        highlight: { nodes: ['n4'], messages: [140, 141, 142] },
        question: {
          prompt: 'n3 is n1’s successor now. What must happen before y = 2 is committed?',
          choices: [
            'Nothing: n3 already has it',
            'n1 resends what n3 lacks, from its Sent list',
            'The client must send y = 2 again',
          ],
          answer: 1,
          explanation:
            'n2 may have passed some updates on and not others. So n3 reports the last ' +
            'update it has, and n1 resends everything after it from its Sent list.',
        },
        expect: { nodes: { n1: 'head', n2: 'crashed', n3: 'tail', n4: 'master' } },
      },
      {
        at: 1150,
        text:
          'n3 reported that it has updates up to 1 (143); n1 resent update 2 (146). n3, ' +
          'the tail, applied it, answered the waiting client (149) and acknowledged it to ' +
          'n1 (150). No acknowledged write was lost, and none was applied twice.',
        highlight: { nodes: ['n1', 'n3'], messages: [143, 146, 149, 150] },
        expect: { nodes: { n1: 'head', n2: 'crashed', n3: 'tail', n4: 'master' } },
      },
      {
        until: { role: 'tail', node: 'n2' },
        afterMs: 40,
        text:
          'n2 restarted. It does not take its old place back: it is idle until the master ' +
          'adds it at the end of the chain, version 3: n1 → n3 → n2 (184 to 186). n2 asks ' +
          'its predecessor n3 for its whole history (188), and n3 sends both updates ' +
          '(189). n2 is the new tail; n3 is now in the middle.',
        highlight: { nodes: ['n2', 'n3'], messages: [184, 188, 189] },
        expect: { nodes: { n1: 'head', n2: 'tail', n3: 'middle', n4: 'master' } },
      },
      {
        until: { reply: 'ok', op: 4 },
        text:
          'A read of y at the new tail n2 answers y = 2 (234): the state transfer brought ' +
          'it every committed write.',
        highlight: { nodes: ['n2'], messages: [230, 234] },
        expect: { nodes: { n1: 'head', n2: 'tail', n3: 'middle', n4: 'master' } },
      },
    ],
  },
}
