/**
 * The Ring tab: the consistent-hash ring at the cursor (arcs coloured by owner, tokens,
 * stored keys and a faint sample of keys as dots), a sentence that says it all for a
 * screen reader, the legend, the comparison with `hash mod N` and the stored keys as a
 * table. The picture is recomputed from the world at each cursor (ten times a second at
 * most while playing); what depends only on the membership (the rings, 10,000 sample keys
 * placed twice) only when that changes.
 */

import './ring.css'
import { useEffect, useRef } from 'react'
import { useAppStoreApi } from '../../../store/context'
import { useCursorView } from '../../../components/use-cursor-view'
import { t, useLocale } from '../../../i18n'
import { nodeColour } from '../../../render/charts/legend'
import { latestChange } from './membership'
import { comparisonOf, sample, sharesOf } from './ring-compare'
import { layoutRing } from './ring-layout'
import { ringPicture, SAMPLE_DOTS, type RingPicture } from './ring-model'
import { createRingRenderer, type RingRenderer } from './ring-render'
import { formatCount, keyTitle, ringSummary } from './ring-text'
import { RingCharts } from './RingCharts'
import { RingKeys } from './RingKeys'

/** While playing, the ring redraws at most this often; a seek or a step shows at once. */
const PLAYING_GAP_MS = 100

export function RingView() {
  const locale = useLocale()
  const store = useAppStoreApi()
  const { timeline } = useCursorView(PLAYING_GAP_MS)
  // The world at the cursor just read: this render was asked for by that cursor.
  const world = store.getState().world
  const { scenario, params } = timeline.context
  const vnodes = Number(params.vnodes)
  const n = Number(params.n)
  const change = latestChange(scenario, world.nextInput)
  const picture = ringPicture(world.nodes, vnodes, n, change)
  const shares = sharesOf(picture.members, vnodes)
  const comparison = change === null ? null : comparisonOf(change, vnodes)
  const colourOf = (node: string) => picture.colourLookup.get(node) ?? 0

  return (
    <section className="panel ring-view" aria-label={t('ring.title')}>
      <h2>{t('ring.title')}</h2>
      <p className="ring-summary">{ringSummary(picture, comparison)}</p>
      <RingFigure picture={picture} />
      <RingLegend picture={picture} />
      <RingCharts
        locale={locale}
        shares={shares}
        keys={sample().keys}
        change={comparison}
        colourOf={colourOf}
      />
      <RingKeys keys={picture.keys} />
    </section>
  )
}

function RingFigure({ picture }: { picture: RingPicture }) {
  const el = useRef<HTMLDivElement>(null)
  const renderer = useRef<RingRenderer | null>(null)
  useEffect(() => {
    const made = createRingRenderer(el.current!)
    renderer.current = made
    return () => {
      made.destroy()
      renderer.current = null
    }
  }, [])
  useEffect(() => {
    renderer.current?.update(layoutRing(picture, keyTitle))
  })
  return <div className="ring-figure" ref={el} />
}

/** A swatch and a line per member, then what each kind of mark on the ring means. */
function RingLegend({ picture }: { picture: RingPicture }) {
  return (
    <div className="ring-legend">
      <ul aria-label={t('ring.legend.label')}>
        {picture.holdings.map((h) => (
          <li key={h.node} className={h.up ? undefined : 'down'}>
            <span className="ring-swatch" style={{ '--node': nodeColour(h.colour) } as never} />
            {t('ring.legend.keys', { node: h.node, count: h.stored })}
            {h.hinted > 0 ? `, ${t('ring.legend.hinted', { count: h.hinted })}` : null}
            {h.up ? null : ` (${t('ring.legend.crashed')})`}
          </li>
        ))}
      </ul>
      <ul className="ring-marks" aria-label={t('ring.legend.marks')}>
        <li>
          <span className="ring-mark ring-mark-token" />
          {t('ring.legend.token')}
        </li>
        <li>
          <span className="ring-mark ring-mark-stored" />
          {t('ring.legend.stored')}
        </li>
        <li>
          <span className="ring-mark ring-mark-sample" />
          {`${t('ring.legend.sample')} (${SAMPLE_DOTS} / ${formatCount(sample().keys)})`}
        </li>
        <li>
          <span className="ring-mark ring-mark-moved" />
          {t('ring.legend.moved')}
        </li>
        <li>
          <span className="ring-mark ring-mark-handoff" />
          {t('ring.legend.handoff')}
        </li>
      </ul>
    </div>
  )
}
