/**
 * What quorums promise, told three ways with one schedule: x = 1, then n1 and n2 are cut
 * off, n2 takes a put of x = 2, and n4 reads x on the other side.
 */

import { dynamoScenario, get, heal, partition, put } from './build'
import type { Preset } from '../../../scenario/preset'
import type { ParamValue } from '../../../scenario/types'

const schedule = [
  put(100, 'x', '1', 'n2'),
  partition(400, ['n1', 'n2']),
  put(500, 'x', '2', 'n2'),
  get(900, 'x', 'n4'),
  heal(1500),
]

const story = (params: Readonly<Record<string, ParamValue>>) =>
  dynamoScenario(1, schedule, { params })

export const weakQuorum: Preset = {
  id: 'dynamo-weak-quorum',
  title: 'R + W ≤ N: reads go stale',
  summary:
    'With N = 3, R = 1 and W = 1 (and no stand-ins), the put of x = 2 is acknowledged once ' +
    'n1 alone stored it. The get at n4 asks one replica on the other side and reads x = 1 ' +
    'after the put finished. Read and write quorums need not meet, and the History view ' +
    'shows the history is not linearizable.',
  scenario: story({ r: 1, w: 1, sloppy: false }),
  t: 1000,
}

export const sloppyStale: Preset = {
  id: 'dynamo-sloppy-stale',
  title: 'Sloppy quorum: R + W > N is not enough',
  summary:
    'With R = 2 and W = 2 of N = 3 the quorums should meet, but the put of x = 2 was ' +
    'stored on n1 and on n2 as a stand-in, outside the get’s reach: n4 reads x = 1 from ' +
    'n3 and n5 after the put finished. Sloppy quorums stay available under a partition ' +
    'and give up linearizability, as the History view shows.',
  scenario: story({}),
  t: 1000,
}

export const lwwStale: Preset = {
  id: 'dynamo-lww-stale',
  title: 'Last-writer-wins under a partition',
  summary:
    'The same schedule with last-writer-wins: timestamps pick one version where clocks ' +
    'would keep siblings, but they cannot make the other side see a write it never got. ' +
    'The get at n4 reads x = 1 after the put of x = 2 finished: not linearizable.',
  scenario: story({ lww: true }),
  t: 1000,
}

export const abdLinearizable: Preset = {
  id: 'dynamo-abd',
  title: 'ABD: linearizable with majorities',
  summary:
    'The same schedule in ABD mode: a put first reads the highest tag from a majority, ' +
    'and a get writes what it returns back to a majority before answering, with no ' +
    'stand-ins. The put of x = 2 waits until it reaches a majority; the get at n4 then ' +
    'reads x = 2, and the History view finds the history linearizable.',
  scenario: story({ abd: true }),
  t: 1000,
}
