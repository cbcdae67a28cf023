/**
 * The ring against `hash mod N` in two charts: the keys the latest join or leave moved
 * (the ring's count, mod N's, and K/(N+1) or K/N as a marker), and the sample keys each
 * node owns both ways, with the even share K/N as a line. React owns the box; the D3
 * charts draw inside it, laid out again when the box changes width.
 */

import { useEffect, useRef } from 'react'
import {
  createCompareBarsChart,
  type CompareBarsModel,
} from '../../../render/charts/compare-bars-chart'
import { createPairBarsChart, type PairBarsModel } from '../../../render/charts/pair-bars-chart'
import { t } from '../../../i18n'
import { formatCount } from './ring-text'
import type { ChangeComparison, SampleShare } from './ring-compare'

/** Width used until the box has been measured (the side panel's inside). */
const FALLBACK_WIDTH_PX = 320

export interface RingChartsProps {
  /** The language the charts speak: a change redraws them. */
  readonly locale: string
  readonly shares: readonly SampleShare[]
  readonly keys: number
  readonly change: ChangeComparison | null
  readonly colourOf: (node: string) => number
}

export function RingCharts(props: RingChartsProps) {
  const el = useRef<HTMLDivElement>(null)
  const charts = useRef<ReturnType<typeof createCharts> | null>(null)

  useEffect(() => {
    const made = createCharts(el.current!)
    charts.current = made
    return () => {
      made.destroy()
      charts.current = null
    }
  }, [])

  useEffect(() => {
    charts.current?.update(props)
  })

  return <div className="ring-charts" ref={el} />
}

function createCharts(el: HTMLDivElement) {
  const moved = createCompareBarsChart(el, 'ring-moved')
  const shares = createPairBarsChart(el, 'ring-shares')
  let widthPx = Math.floor(el.clientWidth) || FALLBACK_WIDTH_PX
  let current: RingChartsProps | null = null
  const draw = () => {
    if (current === null) return
    const change = movedModel(current)
    moved.update(change ?? EMPTY_MOVED, widthPx)
    el.querySelector('.chart-ring-moved')?.toggleAttribute('hidden', change === null)
    shares.update(sharesModel(current), widthPx)
  }
  const resize = new ResizeObserver(() => {
    const w = Math.floor(el.clientWidth)
    if (w > 0 && w !== widthPx) {
      widthPx = w
      draw()
    }
  })
  resize.observe(el)
  return {
    update(props: RingChartsProps) {
      // The cursor moves every frame while playing; these change only at a join or leave.
      const same =
        current !== null &&
        current.shares === props.shares &&
        current.change === props.change &&
        current.locale === props.locale
      current = props
      if (!same) draw()
    },
    destroy() {
      resize.disconnect()
      moved.destroy()
      shares.destroy()
    },
  }
}

const EMPTY_MOVED: CompareBarsModel = {
  title: '',
  label: '',
  total: 1,
  rows: [],
  marker: null,
  format: formatCount,
}

function movedModel({ change }: RingChartsProps): CompareBarsModel | null {
  if (change === null) return null
  const join = change.type === 'join'
  const title = t(join ? 'ring.moved.titleJoin' : 'ring.moved.titleLeave', { node: change.node })
  const expected = t(join ? 'ring.moved.expectedJoin' : 'ring.moved.expectedLeave')
  return {
    title,
    label: t('ring.moved.label', {
      title,
      keys: formatCount(change.keys),
      ring: formatCount(change.movedRing),
      modN: formatCount(change.movedModN),
      expected: formatCount(change.expected),
    }),
    total: change.keys,
    rows: [
      { name: t('ring.chart.ring'), value: change.movedRing, className: 'chart-bar-ring' },
      { name: t('ring.chart.modN'), value: change.movedModN, className: 'chart-bar-mod' },
    ],
    marker: { value: change.expected, label: `${expected}: ${formatCount(change.expected)}` },
    format: formatCount,
  }
}

function sharesModel({ shares, keys, colourOf }: RingChartsProps): PairBarsModel {
  const title = t('ring.chart.title')
  const values = shares
    .map((s) =>
      t('ring.chart.value', { node: s.node, ring: formatCount(s.ring), modN: formatCount(s.modN) }),
    )
    .join('; ')
  return {
    title,
    label: t('ring.chart.label', { title, keys: formatCount(keys), values }),
    series: [t('ring.chart.ring'), t('ring.chart.modN')],
    items: shares.map((s) => ({
      name: s.node,
      colour: colourOf(s.node),
      values: [s.ring, s.modN],
    })),
    reference:
      shares.length === 0 ? null : { value: keys / shares.length, label: t('ring.chart.even') },
    format: formatCount,
  }
}
