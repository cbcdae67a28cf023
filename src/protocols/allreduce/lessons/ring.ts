import { crash, reduceScenario, restart } from '../gallery/build'
import type { BuiltInLesson } from '../../../lesson/types'

/**
 * Seed 5, a ring of four, elastic training on, a checkpoint every 2 steps: n3 crashes at
 * 0.65 s during step 2, stalls the ring, restarts at 1.3 s from its checkpoint at step 2,
 * and all ten steps finish at about 3.5 s.
 */
const scenario = reduceScenario(5, [crash(650, 'n3'), restart(1300, 'n3')], {
  params: { restartFromCheckpoint: true },
})

const all = (said: string) => ({ n1: said, n2: said, n3: said, n4: said })

export const ringLesson: BuiltInLesson = {
  id: 'allreduce-ring',
  lesson: {
    version: 1,
    title: 'Ring all-reduce: summing gradients without a bottleneck',
    summary:
      'How four workers sum their gradients in two passes around a ring, why each sends ' +
      'less than two vectors per step however many there are, and what a crash does to it.',
    scenario,
    steps: [
      {
        at: 0,
        text:
          'Four workers train one model on different data. Each training step every worker ' +
          'computes a gradient (here 12 small integers, 100 ms of work) and all of them must ' +
          'apply the same thing: the sum of all four gradients.',
        expect: { nodes: all('worker, step 0') },
      },
      {
        at: 110,
        text:
          'The vector is cut into four chunks of 3 elements. In the reduce-scatter, worker ' +
          'i sends chunk i to the next worker around the ring, which adds its own part of ' +
          'that chunk and passes the partial sum on.',
        expect: { nodes: all('worker, step 0') },
        question: {
          prompt:
            'How many partial sums does each worker send before some worker holds a whole chunk?',
          choices: ['One', 'Three: N − 1', 'Four: N'],
          answer: 1,
          explanation:
            'A chunk needs the parts of all four workers, so it must pass three hops; each ' +
            'round every worker sends one chunk, so after N − 1 = 3 rounds every worker ' +
            'owns one chunk summed over all four.',
        },
      },
      {
        at: 200,
        text:
          'The reduce-scatter is over: each worker owns one whole chunk (the Chunks tab ' +
          'outlines it). In the all-gather the owners pass the finished sums around the ring ' +
          'for three more hops, and each worker stores them.',
        expect: { nodes: all('worker, step 0'), violations: [] },
      },
      {
        at: 300,
        text:
          'Everyone applied the same sum and moved on to step 1. Each worker sent 72 bytes: ' +
          'six chunks of 3 four-byte elements, which is 2(N − 1)/N of the 48-byte vector.',
        expect: { nodes: all('worker, step 1') },
        question: {
          prompt: 'With 100 workers instead of four, how much would each send per step?',
          choices: [
            'About 100 times as much',
            'Just under twice the vector: 2 · 99/100 of it',
            'Half as much',
          ],
          answer: 1,
          explanation:
            'Chunks get smaller as workers are added, and each worker sends 2(N − 1) of them: ' +
            'the bytes per worker approach twice the vector and never exceed it. A parameter ' +
            'server, by contrast, sends the whole vector to each of the N − 1 workers.',
        },
      },
      {
        at: 640,
        text:
          'Step 2 is under way. Every second step each worker writes a checkpoint: the ' +
          'model as it was when step 2 began.',
        expect: { nodes: all('worker, step 2') },
      },
      {
        at: 700,
        text: 'n3 crashes in the middle of step 2, losing its buffers and its partial sums.',
        highlight: { nodes: ['n3'] },
        expect: { nodes: { n1: 'worker, step 2', n3: 'crashed' } },
        question: {
          prompt: 'What can the other three do?',
          choices: [
            'Finish the step without n3 and carry on',
            'Nothing: every chunk’s sum needs n3’s gradient, so they wait',
          ],
          answer: 1,
          explanation:
            'The ring has no spare: every chunk passes through every worker. n2 keeps ' +
            'resending its chunk to n3 every 150 ms, and n4 waits for chunks n3 will never ' +
            'send. A synchronous all-reduce stalls on one crashed worker.',
        },
      },
      {
        at: 1290,
        text:
          'Still stalled, 0.6 s later: nobody has passed step 2. Without elastic training the ' +
          'job would stay like this, or be killed and restarted from scratch.',
        highlight: { nodes: ['n3'] },
        expect: { nodes: { n1: 'worker, step 2', n2: 'worker, step 2', n3: 'crashed' } },
      },
      {
        at: 1301,
        text:
          'n3 restarts. Elastic training is on: it loads its checkpoint (step 2), tells the ' +
          'others it is back, and they resend what it lost. Had they been further on, they ' +
          'would have handed it their model instead.',
        highlight: { nodes: ['n3'] },
        expect: { nodes: all('worker, step 2') },
      },
      {
        at: 3600,
        text:
          'All ten steps finished, every worker with exactly the same model: the Exact Sum ' +
          'check compared each applied sum with the sum of the four gradients, and none ' +
          'differed. Open the Chunks tab and step back to watch the chunks travel.',
        expect: { nodes: all('worker, step 10'), violations: [] },
      },
    ],
  },
}
