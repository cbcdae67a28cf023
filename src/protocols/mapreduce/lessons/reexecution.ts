import { count, crash, mapReduceScenario } from '../gallery/build'
import type { BuiltInLesson } from '../../../lesson/types'

/**
 * Seed 1, a master and four workers, six map and two reduce tasks: n3 completes maps 2 and
 * 5 and crashes at 0.78 s as the reduce phase starts; the master finds it failed at 1.2 s
 * and runs both map tasks again; the job ends at 1.9 s with the right counts.
 */
const scenario = mapReduceScenario(1, [crash(780, 'n3'), count(2200, 'map')])

const idle = { n1: 'master', n5: 'worker' } as const

export const reexecutionLesson: BuiltInLesson = {
  id: 'mapreduce-reexecution',
  lesson: {
    version: 1,
    title: 'MapReduce: why completed map tasks run again',
    summary:
      'A word count split into map and reduce tasks, and a worker that fails after its map ' +
      'tasks completed: why the master runs them again, and why it need not run a completed ' +
      'reduce task again.',
    scenario,
    steps: [
      {
        at: 50,
        text:
          'n1 is the master; n2 to n5 are workers. The job counts the words of a short text, ' +
          'cut into six splits: six map tasks, and two reduce tasks. Nothing runs yet: the ' +
          'master hands out tasks on its first heartbeat.',
        expect: { nodes: { ...idle, n2: 'worker', n3: 'worker' } },
      },
      {
        at: 150,
        text:
          'Each worker runs a map task: it reads its split and writes every word as a pair ' +
          '(word, 1) into one of two files, chosen by a hash of the word, one file per reduce ' +
          'task. The files stay in the worker’s own memory, not with the master.',
        highlight: { nodes: ['n2', 'n3', 'n4', 'n5'] },
        expect: { nodes: { n2: 'worker, map 1', n3: 'worker, map 2', n4: 'worker, map 3' } },
      },
      {
        at: 600,
        text:
          'n3 finished map 2 and runs map 5; n2 runs map 6. n4 and n5 wait: no idle map task ' +
          'is left, and the reduce tasks start only once every map task has completed. Open ' +
          'the Task board tab to follow every task.',
        expect: { nodes: { ...idle, n2: 'worker, map 6', n3: 'worker, map 5', n4: 'worker' } },
      },
      {
        at: 790,
        text:
          'n3 has completed maps 2 and 5, and crashes just as the reduce tasks are handed out. ' +
          'The master knows nothing yet: it only notices a worker that stops answering its ' +
          'pings.',
        highlight: { nodes: ['n3'] },
        expect: { nodes: { n3: 'crashed' } },
        question: {
          prompt: 'Maps 2 and 5 completed before the crash. Must they run again?',
          choices: [
            'No: a completed task is done',
            'Yes: their output was in n3’s memory, and the reduce tasks still need it',
          ],
          answer: 1,
          explanation:
            'A map task’s output lives on the worker that ran it. The reduce tasks fetch it from ' +
            'there, so when that worker fails its completed map tasks are as good as never run.',
        },
      },
      {
        at: 1000,
        text:
          'Reduce 1 on n2 has fetched its file from every map worker but n3, which does not ' +
          'answer. It retries each heartbeat and waits for the master to say where else that ' +
          'output is.',
        highlight: { nodes: ['n2'] },
        expect: { nodes: { n2: 'worker, reduce 1', n3: 'crashed' } },
      },
      {
        at: 1250,
        text:
          'n3 has not answered for 0.4 s, so the master declared it failed: its reduce task in ' +
          'progress and its two completed map tasks are idle again, and go to n2 and n4.',
        highlight: { nodes: ['n2', 'n4'] },
        expect: { nodes: { n2: 'worker, map 2', n4: 'worker, map 5' }, violations: [] },
      },
      {
        at: 1560,
        text:
          'Both map tasks completed again. The master told reduce 1 where their output now ' +
          'is, and n2 fetched the two missing files; reduce 2 went to n4, which fetches all six.',
        expect: { nodes: { n2: 'worker, reduce 1', n4: 'worker, reduce 2' } },
        question: {
          prompt: 'Had n3 completed a reduce task before it crashed, would that run again too?',
          choices: [
            'Yes, like the map tasks',
            'No: a reduce task’s output is in the global file system, not on the worker',
          ],
          answer: 1,
          explanation:
            'A completed reduce task has written its output where every machine can read it ' +
            '(here: handed it to the master), so losing the worker loses nothing.',
        },
      },
      {
        at: 2300,
        text:
          'The job finished at 1.9 s, and the client’s count of “map” got its answer. The ' +
          'checker compared the output with a sequential word count of the text and found ' +
          'them equal. Try the variant that skips re-execution in the gallery to see the ' +
          'other outcome.',
        expect: { nodes: { ...idle, n2: 'worker', n3: 'crashed', n4: 'worker' }, violations: [] },
      },
    ],
  },
}
