/**
 * What the inspector lists of a node. The master: how far the job is, the workers it holds
 * alive, and its task table (each task's state and workers). A worker: its incarnation,
 * the tasks it runs and the map outputs (intermediate files) it holds in memory.
 */

import { t } from '../../i18n/translate'
import { statusText } from './master'
import { taskName, workersOf } from './describe'
import type { Inspection, InspectorTable, KeyValue } from '../presentation'
import type { Durable, MapReduceContext, MasterContext, Task, WorkerContext } from './types'

function taskTable(id: string, tasks: readonly Task[]): InspectorTable {
  return {
    title: t('mapreduce.inspect.tasks', { count: tasks.length }),
    label: t('mapreduce.inspect.tasksOf', { id }),
    columns: [
      t('mapreduce.inspect.task'),
      t('mapreduce.inspect.state'),
      t('mapreduce.inspect.workers'),
      t('mapreduce.inspect.reruns'),
    ],
    rows: tasks.map((task) => ({
      key: task.key,
      cells: [
        taskName(task.key),
        task.state,
        workersOf(task).join(', ') || '—',
        String(task.reruns),
      ],
      done: task.state === 'completed',
    })),
    pending: t('mapreduce.inspect.notCompleted'),
  }
}

function inspectMaster(c: MasterContext, machine: KeyValue): Inspection {
  const alive = c.workerIds.filter((w) => c.workers[w]?.alive === true)
  const rows: KeyValue[] = [
    machine,
    { label: t('mapreduce.inspect.job'), value: statusText(c) },
    { label: t('mapreduce.inspect.alive'), value: alive.join(', ') || '—' },
    {
      label: t('mapreduce.inspect.stats'),
      value: t('mapreduce.inspect.statsValue', {
        reexecuted: c.stats.reexecuted,
        backups: c.stats.backups,
      }),
    },
  ]
  const store = Object.entries(c.output ?? {}).map(([word, n]) => ({
    label: word,
    value: String(n),
  }))
  return { state: rows, tables: [taskTable(c.id, c.tasks)], store }
}

function inspectWorker(c: WorkerContext, machine: KeyValue): Inspection {
  const running = [c.map?.key, c.reduce?.phase === 'finished' ? undefined : c.reduce?.key]
    .filter((k) => k !== undefined)
    .map((k) => taskName(k!))
  const rows: KeyValue[] = [
    machine,
    { label: t('mapreduce.inspect.incarnation'), value: String(c.inc) },
    { label: t('mapreduce.inspect.running'), value: running.join(', ') || '—' },
  ]
  if (c.reduce !== null && c.reduce.phase === 'fetching') {
    const got = c.reduce.fetched.filter((f) => f !== null).length
    rows.push({
      label: t('mapreduce.inspect.fetched'),
      value: `${got} / ${c.reduce.fetched.length}`,
    })
  }
  const files = Object.keys(c.files).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
  rows.push({
    label: t('mapreduce.inspect.files'),
    value: files.map(taskName).join(', ') || '—',
  })
  return { state: rows, tables: [], store: [] }
}

export function inspectMapReduce(_id: string, state: { value: unknown; context: unknown }) {
  const c = state.context as MapReduceContext
  const machine = { label: t('inspect.machineState'), value: String(state.value) }
  return c.kind === 'master' ? inspectMaster(c, machine) : inspectWorker(c, machine)
}

export function inspectCrashedMapReduce(id: string, durable: Durable | null): Inspection {
  const rows: KeyValue[] = [{ label: t('inspect.state'), value: t('inspect.crashed') }]
  if (durable?.master) {
    return { state: rows, tables: [taskTable(id, durable.master.tasks)], store: [] }
  }
  if (durable !== null) {
    rows.push({ label: t('mapreduce.inspect.incarnation'), value: String(durable.inc) })
  }
  return { state: rows, tables: [], store: [] }
}
