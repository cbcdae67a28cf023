/**
 * The Detection-vs-loss tab: on a button press, the scenario's protocol and parameters run
 * headlessly at each loss rate (loss-sweep.ts, in a worker, so the page stays live), and
 * two charts and a table show the median detection time and the false positives per
 * member per minute as the loss grows. Results fill in run by run.
 */

import './swim-views.css'
import { useEffect, useRef, useSyncExternalStore } from 'react'
import { useAppStore } from '../../../store/context'
import { t, useLocale } from '../../../i18n'
import { formatMs } from '../../../render/charts/time-format'
import { localDecimals } from '../../../i18n/numbers'
import {
  summarise,
  sweepPlan,
  SWEEP_LOSS_RATES,
  SWEEP_SEEDS,
  type CaseResult,
  type SweepPoint,
} from '../loss-sweep'
import { drawLossChart, type LossChartModel } from './loss-chart'
import { lossSweeps } from './sweep-runner'
import type { SweepState } from '../../../components/sweeps/sweep-runner'
import { useWidth } from '../../../components/use-width'
import type { AppState } from '../../../store/app-store'

const selectScenario = (s: AppState) => s.scenario

const percent = (v: number) => `${Math.round(v * 100)}%`
const seconds = (ms: number) => `${localDecimals((ms / 1000).toFixed(1))} s`
const rate = (v: number) =>
  v === 0 ? '0' : localDecimals(v >= 10 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toFixed(2))
const tick = (v: number) => localDecimals(String(v))

export function LossView() {
  useLocale()
  const scenario = useAppStore(selectScenario)
  const key = lossSweeps.key(scenario)
  const sweep = useSyncExternalStore(lossSweeps.subscribe, () => lossSweeps.get(key))
  const plan = sweepPlan(scenario)
  const first = plan[0]!
  const points = summarise(sweep?.results ?? [])
  const running = sweep?.status === 'running'

  return (
    <section className="panel swim-view" aria-label={t('swim.views.loss.title')}>
      <h2>{t('swim.views.loss.title')}</h2>
      <p>
        {t('swim.views.loss.plan', {
          members: first.scenario.nodes,
          seeds: SWEEP_SEEDS,
          crashes: first.scenario.inputs.length,
          rates: SWEEP_LOSS_RATES.map(percent).join(', '),
          seconds: localDecimals(String(Math.round(first.untilMs / 100) / 10)),
        })}
      </p>
      <div className="swim-sweep-actions">
        {running ? (
          <button type="button" onClick={lossSweeps.stop}>
            {t('swim.views.loss.stop')}
          </button>
        ) : (
          <button type="button" onClick={() => lossSweeps.start(scenario)}>
            {t(sweep === null ? 'swim.views.loss.run' : 'swim.views.loss.runAgain')}
          </button>
        )}
        <span role="status">{statusText(sweep, plan.length)}</span>
      </div>
      {points.length === 0 ? null : <SweepResults points={points} />}
    </section>
  )
}

function statusText(sweep: SweepState<CaseResult> | null, total: number): string {
  if (sweep === null) return ''
  const done = sweep.results.length
  switch (sweep.status) {
    case 'running':
      return t('swim.views.loss.progress', { done, total })
    case 'done':
      return t('swim.views.loss.done', { total })
    case 'stopped':
      return t('swim.views.loss.stopped', { done, total })
    case 'failed':
      return t('swim.views.loss.failed', { message: sweep.error ?? '' })
  }
}

function SweepResults({ points }: { readonly points: readonly SweepPoint[] }) {
  const box = useRef<HTMLDivElement>(null)
  const widthPx = useWidth(box)
  const models = chartModels(points)

  useEffect(() => {
    const el = box.current!
    if (widthPx <= 0) return
    const [detection, falsePositives] = el.querySelectorAll('.swim-sweep-slot')
    drawLossChart(detection!, models[0], widthPx)
    drawLossChart(falsePositives!, models[1], widthPx)
  })

  return (
    <div ref={box}>
      <div className="swim-sweep-slot" />
      <div className="swim-sweep-slot" />
      <table className="swim-sweep-table">
        <caption className="sr-only">{t('swim.views.loss.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('swim.views.loss.lossRate')}</th>
            <th scope="col">{t('swim.views.loss.detection')}</th>
            <th scope="col">{t('swim.views.loss.falsePositives')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.lossRate}>
              <th scope="row">{percent(p.lossRate)}</th>
              <td>{detectionText(p)}</td>
              <td>{rate(p.falsePositivesPerMemberMinute)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function detectionText(p: SweepPoint): string {
  const median = p.detectionMs === null ? '—' : formatMs(Math.round(p.detectionMs))
  return p.undetected === 0
    ? median
    : t('swim.views.loss.undetected', { median, count: p.undetected })
}

function chartModels(points: readonly SweepPoint[]): [LossChartModel, LossChartModel] {
  const maxLossRate = SWEEP_LOSS_RATES.at(-1)!
  const detectionTitle = t('swim.views.loss.detectionTitle')
  const fpTitle = t('swim.views.loss.falsePositivesTitle')
  const describe = (title: string, values: string[]) =>
    `${title}: ${points.map((p, i) => `${percent(p.lossRate)} ${values[i]}`).join(', ')}`
  return [
    {
      title: detectionTitle,
      label: describe(detectionTitle, points.map(detectionText)),
      maxLossRate,
      points: points.map((p) => ({ lossRate: p.lossRate, value: p.detectionMs })),
      format: seconds,
      formatTick: (ms) => `${tick(ms / 1000)} s`,
    },
    {
      title: fpTitle,
      label: describe(
        fpTitle,
        points.map((p) => rate(p.falsePositivesPerMemberMinute)),
      ),
      maxLossRate,
      points: points.map((p) => ({ lossRate: p.lossRate, value: p.falsePositivesPerMemberMinute })),
      format: rate,
      formatTick: tick,
    },
  ]
}
