/** MapReduce working as published: a clean job, failed workers, a straggler with and without backups. */

import { count, crash, mapReduceScenario, status } from './build'
import type { Preset } from '../../../scenario/preset'

export const cleanJob: Preset = {
  id: 'mapreduce-clean',
  title: 'A word count in six map and two reduce tasks',
  summary:
    'The master gives each of four workers a map task; each one counts the words of its split ' +
    'and keeps them in two files, one per reduce task, in its memory. Once all six map tasks ' +
    'are done, two reduce tasks fetch their file from every map worker, sum the counts and ' +
    'report to the master, which answers the client’s count of “the” at 1.5 s.',
  scenario: mapReduceScenario(1, [status(300), count(1500, 'the')]),
  t: 600,
}

export const crashMidMap: Preset = {
  id: 'mapreduce-crash-mid-map',
  title: 'A worker fails in the middle of a map task',
  summary:
    'n3 crashes at 0.3 s while it runs map 2 (backup tasks are off here, so only the failure ' +
    'detector helps). Its pings go unanswered, and at 0.7 s the master gives up on it and ' +
    'hands map 2 to n4, the first worker free; the job still outputs the right counts, at 1.4 s.',
  scenario: mapReduceScenario(1, [crash(300, 'n3')], { params: { backupTasks: false } }),
  t: 800,
}

export const crashAfterMap: Preset = {
  id: 'mapreduce-crash-after-map',
  title: 'A worker fails after its map tasks completed',
  summary:
    'n3 completed maps 2 and 5, then crashes at 0.78 s, just as the reduce tasks start: their ' +
    'output was in n3’s memory, so reduce 1 on n2 cannot fetch it. When the master finds n3 ' +
    'failed it runs both completed map tasks again on n2 and n4, tells reduce 1 where the new ' +
    'output is, and the job finishes with the right counts at 1.9 s.',
  scenario: mapReduceScenario(1, [crash(780, 'n3'), count(2200, 'map')]),
  t: 1300,
}

export const straggler: Preset = {
  id: 'mapreduce-straggler-backup',
  title: 'A slow worker, overtaken by backup tasks',
  summary:
    'n3 works six times slower than the others. Once no idle task is left, the master runs a ' +
    'backup copy of each task that has run half as long again as a typical one, and the first ' +
    'copy to finish wins: the job is done at 2.0 s.',
  scenario: mapReduceScenario(1, [], { params: { slowWorker: 3 } }),
  t: 1700,
}

export const stragglerNoBackup: Preset = {
  id: 'mapreduce-straggler-no-backup',
  title: 'The same slow worker without backup tasks',
  summary:
    'Without backups every task waits for its only copy: map 2 on n3 holds up the reduce ' +
    'phase until 1.9 s, and reduce 2, also on n3, finishes only at 3.9 s. One slow machine ' +
    'nearly doubles the job’s time.',
  scenario: mapReduceScenario(1, [], { params: { slowWorker: 3, backupTasks: false } }),
  t: 3000,
}
