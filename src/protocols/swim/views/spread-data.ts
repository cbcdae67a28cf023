/**
 * What the Dissemination tab shows, gathered from the run: for SWIM, the spread of news
 * of one crash (chosen among the scenario's crashes) from the checker's ghost state; for
 * push gossip, the spread of one version of the rumour from the trace. Each with its model
 * aligned at the first member that knew, the window of time to show, and the words.
 */

import { t } from '../../../i18n'
import { formatTime } from '../../../render/charts/time-format'
import { failureSpread, type RumourLog } from '../dissemination'
import { pushGossipModel, swimModel } from '../epidemic'
import { atCursorText, failureLines, rumourLines } from './spread-text'
import type { SpreadChartModel, SpreadSeries } from './spread-chart'
import type { ResolvedParams } from '../../../sim/params'
import type { Scenario } from '../../../scenario/types'
import type { SwimGhost } from '../invariants'

export interface Choice {
  readonly label: string
}

export interface SpreadView {
  readonly choices: readonly Choice[]
  readonly lines: readonly string[]
  readonly chart: SpreadChartModel | null
  readonly note: string
  /** Shown instead of the chart when there is nothing to show. */
  readonly empty: string | null
}

export interface Moment {
  /** As far as the run was seen; the data go up to there. */
  readonly seenUntil: number
  readonly cursor: number
}

/** The most of a time window's end past the cursor-independent prediction, in periods. */
const PAD_PERIODS = 1

/**
 * The span of time the chart shows: around the spread, and on to the cursor when it is not
 * far past that (up to twice the span), so that the cursor line stands where it is.
 */
function timeWindow(fromMs: number, endMs: number, cursor: number) {
  return { fromMs, toMs: Math.max(endMs, Math.min(cursor, fromMs + 2 * (endMs - fromMs))) }
}

export interface CrashChoice {
  readonly node: string
  readonly at: number
  /** When it came back (restart) or left, if it did. */
  readonly until: number | null
}

export function crashChoices(scenario: Scenario): CrashChoice[] {
  return scenario.inputs.flatMap((input) => {
    if (input.type !== 'crash') return []
    const back = scenario.inputs.find(
      (i) =>
        (i.type === 'restart' || i.type === 'leave') && i.node === input.node && i.at > input.at,
    )
    return [{ node: input.node, at: input.at, until: back?.at ?? null }]
  })
}

const num = (params: ResolvedParams, key: string) => Number(params[key])
const latencyOf = (params: ResolvedParams) => params.latencyMs as readonly [number, number]

export function swimSpreadView(
  scenario: Scenario,
  params: ResolvedParams,
  ghost: SwimGhost,
  moment: Moment,
  choice: number,
): SpreadView {
  const crashes = crashChoices(scenario)
  const choices = crashes.map((c) => ({
    label: t('swim.views.spread.crashChoice', { node: c.node, at: formatTime(c.at) }),
  }))
  const crash = crashes[Math.min(choice, crashes.length - 1)]
  if (crash === undefined) {
    return { choices, lines: [], chart: null, note: '', empty: t('swim.views.spread.noCrash') }
  }
  const periodMs = num(params, 'periodMs')
  const spread = failureSpread(
    ghost,
    crash.node,
    crash.at,
    Math.min(crash.until ?? Infinity, moment.seenUntil),
  )
  const members = spread.observers > 0 ? spread.observers : Math.max(2, ghost.upCount)
  const model = swimModel({
    members,
    periodMs,
    pingTimeoutMs: num(params, 'pingTimeoutMs'),
    indirectK: num(params, 'indirectK'),
    lossRate: num(params, 'lossRate'),
    latencyMs: latencyOf(params),
  })
  // Where the model expects the spread to end, from what was seen so far: the window stays put as the run goes on.
  const timeoutMs = num(params, 'suspicionMult') * Math.max(1, Math.log10(members)) * periodMs
  const firstSuspect = spread.firstSuspect ?? crash.at + 2 * periodMs
  const firstDead = spread.firstDead ?? firstSuspect + timeoutMs
  const ends = [
    firstSuspect + model.suspect.timeTo(0.99),
    firstDead + model.dead.timeTo(0.99),
    spread.allDead ?? 0,
  ]
  const dataEndMs = Math.min(crash.until ?? Infinity, moment.seenUntil)
  const series: SpreadSeries[] = [
    {
      key: 'suspect',
      label: t('swim.views.spread.suspectOrDead'),
      points: spread.suspect,
      dataEndMs,
      model: model.suspect,
      modelStartMs: spread.firstSuspect,
    },
    {
      key: 'dead',
      label: t('swim.views.spread.dead'),
      points: spread.dead,
      dataEndMs,
      model: model.dead,
      modelStartMs: spread.firstDead,
    },
  ]
  const title = t('swim.views.spread.swimTitle', { node: crash.node })
  return {
    choices,
    lines: failureLines(spread, model),
    note: t('swim.views.spread.swimModel', {
      messages: model.messagesPerPeriod.toFixed(2),
      period: periodMs,
    }),
    empty: null,
    chart: {
      title,
      modelLabel: t('swim.views.spread.model'),
      label: t('swim.views.spread.chartLabel', {
        title,
        at: formatTime(moment.cursor),
        now: atCursorText(series, Math.min(moment.cursor, dataEndMs)),
      }),
      series,
      ...timeWindow(
        Math.max(0, crash.at - periodMs),
        Math.max(...ends) + PAD_PERIODS * periodMs,
        moment.cursor,
      ),
      cursor: moment.cursor,
    },
  }
}

export function gossipSpreadView(
  params: ResolvedParams,
  log: RumourLog,
  moment: Moment,
  choice: number,
): SpreadView {
  const versions = log.versions(moment.seenUntil)
  const choices = versions.map((v) => ({
    label: t('swim.views.spread.versionChoice', { version: v }),
  }))
  const version = versions[Math.min(choice, versions.length - 1)]
  if (version === undefined) {
    return { choices, lines: [], chart: null, note: '', empty: t('swim.views.spread.noRumourYet') }
  }
  const intervalMs = num(params, 'intervalMs')
  const fanout = num(params, 'fanout')
  const spread = log.spread(version, moment.seenUntil)
  const startedAt = spread.startedAt!
  const model = pushGossipModel({
    members: Math.max(2, spread.members),
    fanout,
    intervalMs,
    lossRate: num(params, 'lossRate'),
    latencyMs: latencyOf(params),
  })
  const full = spread.points.find((p) => p.value >= 1)?.t ?? 0
  const series: SpreadSeries[] = [
    {
      key: 'rumour',
      label: t('swim.views.spread.knows'),
      points: spread.points,
      dataEndMs: moment.seenUntil,
      model,
      modelStartMs: startedAt,
    },
  ]
  const title = t('swim.views.spread.gossipTitle', { version })
  return {
    choices,
    lines: rumourLines(spread, model),
    note: t('swim.views.spread.gossipModel', { fanout, interval: intervalMs }),
    empty: null,
    chart: {
      title,
      modelLabel: t('swim.views.spread.model'),
      label: t('swim.views.spread.chartLabel', {
        title,
        at: formatTime(moment.cursor),
        now: atCursorText(series, moment.cursor),
      }),
      series,
      ...timeWindow(
        Math.max(0, startedAt - intervalMs),
        Math.max(startedAt + model.timeTo(0.99), full) + PAD_PERIODS * intervalMs,
        moment.cursor,
      ),
      cursor: moment.cursor,
    },
  }
}
