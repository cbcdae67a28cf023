import { crash, heal, partition, swimScenario } from '../gallery/build'
import type { BuiltInLesson } from '../../../lesson/types'

/**
 * Seed 4, twelve members probing every 200 ms: n7 crashes at 1 s and is suspected, then
 * declared dead by all; n3 is cut off from 3.0 s to 3.3 s, suspected, and refutes.
 */
const scenario = swimScenario(4, [
  crash(1000, 'n7'),
  partition(3000, ['n3'], ['n1', 'n2', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9', 'n10', 'n11', 'n12']),
  heal(3300),
])

export const failureDetectionLesson: BuiltInLesson = {
  id: 'swim-failure-detection',
  lesson: {
    version: 1,
    title: 'SWIM: how a group finds out that a member failed',
    summary:
      'Probes, indirect probes and suspicion: how twelve members agree that one crashed, ' +
      'and how a member that was only cut off for a moment clears its name.',
    scenario,
    steps: [
      {
        at: 0,
        text:
          'Twelve members, each knowing all the others. Every protocol period (200 ms here) ' +
          'each one pings the next member of its own shuffled round and waits for an ack. ' +
          'Nobody watches everybody: the load per member stays the same however large the ' +
          'group grows.',
        expect: { nodes: { n1: 'alive', n7: 'alive' } },
      },
      {
        at: 1000,
        text:
          'n7 crashes. Nothing tells the others; they can only notice that it stops ' +
          'answering.',
        highlight: { nodes: ['n7'] },
        expect: { nodes: { n7: 'crashed' } },
        question: {
          prompt: 'The next member to ping n7 gets no ack in time. What should it do?',
          choices: [
            'Declare n7 dead and tell everyone',
            'Ask a few others to ping n7 for it, and only suspect n7 if none of them gets an ack',
          ],
          answer: 1,
          explanation:
            'One lost ping or a congested link between two members says little. SWIM sends ' +
            'ping-reqs to k other members (3 here); if none of them reaches n7 either by the ' +
            'end of the period, the prober marks n7 suspect, which is not yet dead.',
        },
      },
      {
        at: 1300,
        text:
          'It happened: a member pinged n7, heard nothing within 70 ms, asked three others ' +
          'to try, and none of them got an ack by the end of its period. It now holds n7 ' +
          'suspect and has started a suspicion timer; the others do not know yet.',
        highlight: { nodes: ['n7'] },
        expect: { nodes: { n7: 'crashed' } },
      },
      {
        at: 2000,
        text:
          'Every member now holds n7 suspect. Nobody sent a broadcast: the suspicion rode ' +
          'on the pings and acks the members send anyway, each update a bounded number of ' +
          'times (λ · log n), and spread like an epidemic. Each member started a suspicion ' +
          'timer when it first heard.',
        highlight: { nodes: ['n7'] },
        expect: { nodes: { n7: 'crashed' } },
      },
      {
        at: 2450,
        text:
          'No refutation came, so each member’s timer ran out and it declared n7 dead. A ' +
          'crashed member cannot refute; a live one can, as the next part shows.',
        expect: { nodes: { n7: 'crashed' }, violations: [] },
      },
      {
        at: 3000,
        text: 'A partition cuts n3 off from the others for 0.3 s. n3 is alive and well.',
        highlight: { nodes: ['n3'] },
        expect: { nodes: { n3: 'alive' } },
      },
      {
        at: 3400,
        text:
          'A probe of n3 failed during the cut, and the suspicion is spreading. But the ' +
          'network has healed.',
        highlight: { nodes: ['n3'] },
        expect: { nodes: { n3: 'alive' }, violations: [] },
        question: {
          prompt: 'Will the group declare n3 dead when the suspicion timers run out?',
          choices: [
            'Yes: a suspicion always ends in a death',
            'No: n3 hears that it is suspected and answers “alive” with a higher incarnation',
          ],
          answer: 1,
          explanation:
            'Only a member can raise its own incarnation number. “Alive at incarnation 1” ' +
            'overrides “suspect at incarnation 0”, so every member that hears it cancels its ' +
            'timer. That window to refute is what the Suspected Before Declared Dead check ' +
            'protects.',
        },
      },
      {
        at: 3800,
        text:
          'n3’s refutation has reached everyone: all eleven hold it alive again, at ' +
          'incarnation 1, and nobody declared it dead. Open the Membership tab to see each ' +
          'member’s table, or step back to watch the suspicion and the refutation race.',
        highlight: { nodes: ['n3'] },
        expect: { nodes: { n3: 'alive', n7: 'crashed' }, violations: [] },
      },
    ],
  },
}
