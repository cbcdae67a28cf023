import { primaryCrash } from '../gallery/primary-crash'
import type { BuiltInLesson } from '../../../lesson/types'

/**
 * The primary-crash story, seed 1: view 1 is n1 primary and n2 backup; put x = 1 goes
 * through both; n1 crashes at 500 and the view service promotes n2 in view 2, with n3 as
 * the new backup. Message ids are read off that run's trace.
 */
export const pbLesson: BuiltInLesson = {
  id: 'primary-backup-view-service',
  lesson: {
    version: 1,
    title: 'Primary-backup: views, forwarding and failover',
    summary:
      'How a view service picks a primary and a backup, why the primary waits for its ' +
      'backup before it answers, and how the backup takes over when the primary crashes.',
    scenario: primaryCrash.scenario,
    steps: [
      {
        at: 0,
        text:
          'Three servers and a view service, n4. The servers know no view yet, so they are ' +
          'idle and show no view number. Each pings the view service every 50 ms; the view ' +
          'service counts those ticks and answers every ping with the view it holds.',
        expect: {
          nodes: { n1: 'idle', n2: 'idle', n3: 'idle', n4: 'view service' },
        },
      },
      {
        until: { role: 'primary', node: 'n1' },
        text:
          'At its first tick the view service made view 1 from the servers that pinged, ' +
          'lowest id first: n1 primary, n2 backup. n1 learned it from the answer to its ' +
          'ping (message 11) and at once sent n2 its whole state (message 13), empty so far.',
        highlight: { nodes: ['n1', 'n4'], messages: [11, 13] },
        question: {
          prompt: 'May n1 answer clients now?',
          choices: [
            'Yes: the view service made it primary',
            'Not before n2 has its state and the view service knows n1 acknowledged view 1',
            'Only reads, until n2 answers',
          ],
          answer: 1,
          explanation:
            'n1 acknowledges view 1 in a ping only once n2 took the state transfer (message ' +
            '17), and serves only once the view service answers that view 1 is acknowledged ' +
            '(message 26). Until then the view service could still change the view without ' +
            'n1 knowing.',
        },
        expect: { nodes: { n1: 'primary, view 1', n4: 'view service, view 1' } },
      },
      {
        until: { reply: 'ok', op: 1 },
        text:
          'A client’s put x = 1 reached n1 (message 42). n1 forwarded it to n2 with the ' +
          'view number (44); n2, backup of view 1, applied it and said so (47); only then ' +
          'did n1 apply it and answer the client (48). A get goes the same way, so that a ' +
          'primary that has been replaced cannot answer on its own.',
        highlight: { nodes: ['n1', 'n2'], messages: [42, 44, 47, 48] },
        expect: {
          nodes: {
            n1: 'primary, view 1',
            n2: 'backup, view 1',
            n3: 'idle, view 1',
            n4: 'view service, view 1',
          },
        },
      },
      {
        at: 500,
        text: 'n1 crashes. Its pings stop; n2 still thinks it is the backup of view 1.',
        highlight: { nodes: ['n1'] },
        question: {
          prompt: 'What will the view service do, and when?',
          choices: [
            'Make n2 primary at once, since n1’s ping is late',
            'After five ticks without a ping, make view 2: n2 primary, idle n3 backup',
            'Wait for n1 to come back, since view 1 was acknowledged',
          ],
          answer: 1,
          explanation:
            'A server is dead after `deadPings` (5) ticks without a ping. Since n1 ' +
            'acknowledged view 1, the view service may move on: it promotes the backup, which ' +
            'holds every write n1 acknowledged, and fills the backup slot from the idle ' +
            'servers.',
        },
        expect: { nodes: { n1: 'crashed', n2: 'backup, view 1' } },
      },
      {
        until: { role: 'backup', node: 'n3' },
        text:
          'Five ticks without a ping from n1: at 750 the view service made view 2, n2 ' +
          'primary and the idle n3 backup. n3 heard of it first (message 91). It is the ' +
          'backup now, but it holds nothing yet: it refuses forwards until the primary has ' +
          'sent it the state.',
        highlight: { nodes: ['n3', 'n4'], messages: [91] },
        expect: {
          nodes: { n1: 'crashed', n2: 'backup, view 1', n3: 'backup, view 2' },
        },
      },
      {
        until: { role: 'primary', node: 'n2' },
        text:
          'n2 learned view 2 too (message 92). It is primary with the x = 1 it applied as ' +
          'backup, and sends n3 its whole state (95). Clients that ask n3 or n4 are now ' +
          'pointed at n2.',
        highlight: { nodes: ['n2', 'n3'], messages: [92, 95] },
        expect: {
          nodes: { n1: 'crashed', n2: 'primary, view 2', n4: 'view service, view 2' },
        },
      },
      {
        until: { reply: 'ok', op: 2 },
        text:
          'n3 took the state (96), n2 acknowledged view 2 (99) and the view service said so ' +
          '(102). The put y = 2 first reached n3, which pointed it at n2 (107); n2 forwarded ' +
          'it to n3 (112), and answered once n3 applied it (115, 119). Both copies hold ' +
          'x = 1 and y = 2.',
        highlight: { nodes: ['n2', 'n3'], messages: [96, 99, 102, 107, 112, 115, 119] },
        expect: {
          nodes: {
            n1: 'crashed',
            n2: 'primary, view 2',
            n3: 'backup, view 2',
            n4: 'view service, view 2',
          },
        },
      },
      {
        until: { reply: 'ok', op: 3 },
        text:
          'The get of x first went to n1, which is down, so it was lost (message 143). After ' +
          'its timeout the client tried n2 (182), which forwarded the get to n3 (186) and ' +
          'answered 1 once n3 confirmed it (188, 189): the write n1 acknowledged survived ' +
          'the crash of n1.',
        highlight: { nodes: ['n2', 'n3'], messages: [143, 182, 186, 188, 189] },
        expect: {
          nodes: {
            n1: 'crashed',
            n2: 'primary, view 2',
            n3: 'backup, view 2',
            n4: 'view service, view 2',
          },
          violations: [],
        },
      },
    ],
  },
}
