/**
 * The selected node's machine as a statechart: its states in a row, the transitions between
 * them as arcs named by their events, and the state the node is in at the cursor lit (and
 * the ways out of it). Transitions any state takes are listed below the drawing.
 */

import { statechartOf, type ChartTransition } from '../protocols/statechart'
import type { AnyStateMachine } from 'xstate'
// `t` names a table, transitions or times here, so the catalogue's lookup goes by `say`.
import { t as say } from '../i18n'
import './statechart.css'

const BOX_W = 96
const BOX_H = 30
const GAP = 70
/** How far an arc between two states bows away from the row: more for longer, later ones. */
const bowOf = (span: number, nth: number) => 16 + span * 0.1 + nth * 12

export function StateMachineView(props: {
  readonly id: string
  readonly machine: AnyStateMachine
  /** The node's state at the cursor, or null when it is down. */
  readonly active: string | null
}) {
  const { id, machine, active } = props
  const chart = statechartOf(machine)
  const x = (state: string) => chart.states.indexOf(state) * (BOX_W + GAP)
  const width = chart.states.length * (BOX_W + GAP) - GAP
  const moves = chart.transitions.filter((t) => t.from !== null)
  const anywhere = chart.transitions.filter((t) => t.from === null)
  // Room above the row for forward arcs and loops, below it for backward arcs.
  const bows = moves.map((t, i) => ({
    t,
    bow: bowOf(Math.abs(x(t.to) - x(t.from!)), sameSpan(moves, i)),
  }))
  const above =
    Math.max(34, ...bows.filter(({ t }) => x(t.to) >= x(t.from!)).map((b) => b.bow)) + 14
  const below = Math.max(4, ...bows.filter(({ t }) => x(t.to) < x(t.from!)).map((b) => b.bow + 14))
  const top = above
  const height = above + BOX_H + below
  return (
    <section className="statechart" aria-label={say('statechart.of', { id })}>
      <h3>{say('statechart.title')}</h3>
      <svg
        viewBox={`-8 0 ${width + 16} ${height}`}
        role="img"
        aria-label={summary(chart.states, active)}
      >
        <defs>
          <marker
            id="sc-head"
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L8,4 L0,8 z" className="sc-head" />
          </marker>
        </defs>
        {moves.map((t, i) => (
          <Arc
            key={`${t.from}-${t.to}-${t.event}`}
            t={t}
            x={x}
            top={top}
            lit={t.from === active}
            bow={bows[i]!.bow}
          />
        ))}
        {chart.states.map((s) => (
          <g
            key={s}
            className={`sc-state${s === active ? ' active' : ''}`}
            transform={`translate(${x(s)},${top})`}
          >
            <rect width={BOX_W} height={BOX_H} rx={8} />
            <text x={BOX_W / 2} y={BOX_H / 2}>
              {s}
            </text>
          </g>
        ))}
      </svg>
      {anywhere.length === 0 ? null : (
        <p className="hint sc-any">
          {say('statechart.fromAny')}{' '}
          {anywhere.map((t, i) => (
            <span key={`${t.to}-${t.event}`}>
              {i > 0 ? ', ' : ''}
              <code>{t.event}</code> → {t.to}
            </span>
          ))}
        </p>
      )}
      <ul className="sc-states sr-only" aria-label={say('statechart.states', { id })}>
        {chart.states.map((s) => (
          <li key={s} aria-current={s === active ? 'true' : undefined}>
            {s}
          </li>
        ))}
      </ul>
    </section>
  )
}

function summary(states: readonly string[], active: string | null): string {
  const list = states.join(', ')
  return active === null
    ? say('statechart.summaryDown', { states: list })
    : say('statechart.summary', { states: list, active })
}

/** How many earlier arcs join the same two states the same way: later ones bow further. */
function sameSpan(moves: readonly ChartTransition[], i: number): number {
  const t = moves[i]!
  return moves.slice(0, i).filter((m) => m.from === t.from && m.to === t.to).length
}

function Arc(props: {
  t: ChartTransition
  x: (state: string) => number
  top: number
  lit: boolean
  bow: number
}) {
  const { t, x, top, lit, bow } = props
  const cls = `sc-arc${lit ? ' lit' : ''}`
  if (t.from === t.to) {
    const cx = x(t.to) + BOX_W / 2
    const d = `M${cx - 12},${top} C${cx - 26},${top - 34} ${cx + 26},${top - 34} ${cx + 12},${top}`
    return (
      <g className={cls}>
        <path d={d} markerEnd="url(#sc-head)" />
        <text x={cx} y={top - 30}>
          {t.event}
        </text>
      </g>
    )
  }
  const forward = x(t.to) > x(t.from!)
  const x1 = x(t.from!) + BOX_W / 2 + (forward ? 18 : -18)
  const x2 = x(t.to) + BOX_W / 2 + (forward ? -18 : 18)
  // Forward arcs bow over the boxes, backward ones under them; a curve peaks at half its
  // control point's distance.
  const y = forward ? top : top + BOX_H
  const peak = forward ? -bow : bow
  const mx = (x1 + x2) / 2
  return (
    <g className={cls}>
      <path d={`M${x1},${y} Q${mx},${y + peak * 2} ${x2},${y}`} markerEnd="url(#sc-head)" />
      <text x={mx} y={y + peak + (forward ? -3 : 11)}>
        {t.event}
      </text>
    </g>
  )
}
