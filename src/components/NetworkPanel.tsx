/** The network: partitions drawn by picking a group per node, and faults on single links. */

import { useId, useMemo, useState, type FormEvent } from 'react'
import { memberIds } from '../store/membership'
import { MAX_LINK_LATENCY_MS } from '../scenario/validate-inputs'
import { useAppStore } from '../store/context'
import { describeLinks, linkAction, type LinkForm } from './network-link'
import {
  describeNetwork,
  groupLetters,
  groupsFromPicks,
  idRanges,
  picksFromGroupOf,
  RANGES_ABOVE,
} from './network-partition'
import { parseLaneFilter } from '../render/spacetime/lanes'
import { linkKey, type LinkOverride } from '../sim/world'
import type { AppState } from '../store/app-store'
import type { Action } from '../store/branches'
import { t } from '../i18n'
import './panels.css'

/**
 * Both are replaced, never changed in place, when an input changes them. The members at
 * the cursor come as one string, which compares by value while the cursor moves.
 */
const selector = (s: AppState) => ({
  groupOf: s.world.groupOf,
  links: s.world.links,
  members: memberIds(s).join(' '),
  act: s.act,
})

/** The slot of node `nK` (the world's `groupOf` has one entry per slot). */
const slotOf = (id: string) => Number(id.slice(1)) - 1

export function NetworkPanel() {
  const { groupOf: slotGroups, links, members, act } = useAppStore(selector)
  const headingId = useId()
  // Only the members at the cursor: a node yet to join, or one that left, is no one to cut off.
  const ids = useMemo(() => (members === '' ? [] : members.split(' ')), [members])
  const groupOf = useMemo(
    () => (slotGroups === null ? null : ids.map((id) => slotGroups[slotOf(id)] ?? 0)),
    [slotGroups, ids],
  )
  // A new partition at the cursor (or new members) resets the picks to what is in force.
  const partitionKey = `${members}:${groupOf?.join(',') ?? 'whole'}`
  return (
    <section className="panel network-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('network.title')}</h2>
      <p className="network-state" role="status">
        {describeNetwork(groupOf, ids)}
      </p>
      {ids.length > RANGES_ABOVE ? (
        <RangePartitionEditor key={partitionKey} ids={ids} groupOf={groupOf} act={act} />
      ) : (
        <PartitionEditor key={partitionKey} ids={ids} groupOf={groupOf} act={act} />
      )}
      <LinkEditor ids={ids} links={links} act={act} />
    </section>
  )
}

interface PartitionProps {
  readonly ids: readonly string[]
  readonly groupOf: readonly number[] | null
  readonly act: (action: Action) => void
}

function PartitionEditor({ ids, groupOf, act }: PartitionProps) {
  const [picks, setPicks] = useState(() => picksFromGroupOf(groupOf, ids.length))
  const hintId = useId()
  const letters = groupLetters(groupOf)
  const groups = groupsFromPicks(picks, ids)
  const canPartition = groups.length >= 2
  const pick = (i: number, letter: string) => setPicks(picks.map((p, j) => (j === i ? letter : p)))
  return (
    <fieldset className="panel-group">
      <legend>{t('network.groups')}</legend>
      <div className="group-picks">
        {ids.map((id, i) => (
          <div key={id} className="group-pick">
            <span aria-hidden="true">{id}</span>
            <select
              aria-label={t('network.groupFor', { id })}
              value={picks[i]}
              onChange={(e) => pick(i, e.target.value)}
            >
              {letters.map((letter) => (
                <option key={letter} value={letter}>
                  {letter}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="panel-buttons">
        <button
          type="button"
          disabled={!canPartition}
          aria-describedby={canPartition ? undefined : hintId}
          onClick={() => act({ type: 'partition', groups })}
        >
          {t('network.partition')}
        </button>
        <button type="button" disabled={groupOf === null} onClick={() => act({ type: 'heal' })}>
          {t('network.heal')}
        </button>
      </div>
      {!canPartition && (
        <p id={hintId} className="panel-hint">
          {t('network.twoGroups')}
        </p>
      )}
    </fieldset>
  )
}

/**
 * A large cluster's partition: a thousand group pickers would be a long scroll to set, so
 * each group but the first takes ids and ranges (`n1-n500`), and the first has the rest.
 */
function RangePartitionEditor({ ids, groupOf, act }: PartitionProps) {
  const letters = groupLetters(groupOf)
  const [texts, setTexts] = useState(() =>
    letters.map((_letter, g) =>
      groupOf === null ? '' : idRanges(ids.filter((_id, i) => groupOf[i] === g)),
    ),
  )
  const hintId = useId()
  const parsed = useMemo(() => texts.map((text) => parseLaneFilter(text, ids)), [texts, ids])
  const groups = useMemo(() => {
    // A node named in two groups goes to the first; the first group has everyone unnamed.
    const groupOfId = ids.map((id) => {
      const g = parsed.findIndex((p, k) => k > 0 && p.keep !== null && p.keep(id))
      return g < 0 ? 0 : g
    })
    return letters
      .map((_letter, g) => ids.filter((_id, i) => groupOfId[i] === g))
      .filter((group) => group.length > 0)
  }, [ids, letters, parsed])
  const canPartition = groups.length >= 2
  const edit = (g: number, text: string) => setTexts(texts.map((x, k) => (k === g ? text : x)))
  return (
    <fieldset className="panel-group">
      <legend>{t('network.groups')}</legend>
      <p id={hintId} className="panel-hint">
        {t('scale.groupHint', { first: letters[0]! })}
      </p>
      <div className="group-ranges">
        {letters.slice(1).map((letter, k) => (
          <label key={letter} className="field">
            <span>{t('scale.groupNodes', { letter })}</span>
            <input
              value={texts[k + 1] ?? ''}
              placeholder={t('scale.groupPlaceholder')}
              aria-describedby={hintId}
              aria-invalid={parsed[k + 1]!.unknown.length > 0 ? true : undefined}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => edit(k + 1, e.target.value)}
            />
          </label>
        ))}
      </div>
      <div className="panel-buttons">
        <button
          type="button"
          disabled={!canPartition}
          onClick={() => act({ type: 'partition', groups })}
        >
          {t('network.partition')}
        </button>
        <button type="button" disabled={groupOf === null} onClick={() => act({ type: 'heal' })}>
          {t('network.heal')}
        </button>
      </div>
      {!canPartition && <p className="panel-hint">{t('network.twoGroups')}</p>}
    </fieldset>
  )
}

interface LinkProps {
  readonly ids: readonly string[]
  readonly links: Readonly<Record<string, LinkOverride>>
  readonly act: (action: Action) => void
}

const EMPTY_LINK = { lossRate: '', latencyMin: '', latencyMax: '' }

function LinkEditor({ ids, links, act }: LinkProps) {
  const [form, setForm] = useState<LinkForm>({ from: 'n1', to: 'n2', ...EMPTY_LINK })
  const [error, setError] = useState<string | null>(null)
  const formId = useId()
  const errorId = `${formId}-error`
  // After a new run with fewer nodes, fall back to the first two.
  const current: LinkForm = {
    ...form,
    from: ids.includes(form.from) ? form.from : (ids[0] ?? ''),
    to: ids.includes(form.to) ? form.to : (ids[1] ?? ''),
  }
  const update = (patch: Partial<LinkForm>) => {
    setForm({ ...current, ...patch })
    setError(null)
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const check = linkAction(current)
    if (check.ok) act(check.action)
    else setError(check.error)
  }
  const overridden = links[linkKey(current.from, current.to)] !== undefined
  const reset = () => act({ type: 'link', from: current.from, to: current.to })
  const describedBy = error === null ? undefined : errorId
  const nodeSelect = (label: string, value: string, key: 'from' | 'to') => (
    <div className="field">
      <label htmlFor={`${formId}-${key}`}>{label}</label>
      <select
        id={`${formId}-${key}`}
        value={value}
        onChange={(e) => update({ [key]: e.target.value })}
      >
        {ids.map((id) => (
          <option key={id} value={id}>
            {id}
          </option>
        ))}
      </select>
    </div>
  )
  const numberInput = (label: string, key: keyof typeof EMPTY_LINK, max: number, step: number) => (
    <div className="field">
      <label htmlFor={`${formId}-${key}`}>{label}</label>
      <input
        id={`${formId}-${key}`}
        type="number"
        inputMode="decimal"
        min={0}
        max={max}
        step={step}
        placeholder={t('network.default')}
        value={current[key]}
        aria-describedby={describedBy}
        onChange={(e) => update({ [key]: e.target.value })}
      />
    </div>
  )
  return (
    <form className="panel-group" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('network.linkFaults')}</legend>
        <div className="link-fields">
          {nodeSelect(t('network.from'), current.from, 'from')}
          {nodeSelect(t('network.to'), current.to, 'to')}
          {numberInput(t('network.lossRate'), 'lossRate', 1, 0.05)}
          <span className="link-spacer" />
          {numberInput(t('network.latencyMin'), 'latencyMin', MAX_LINK_LATENCY_MS, 1)}
          {numberInput(t('network.latencyMax'), 'latencyMax', MAX_LINK_LATENCY_MS, 1)}
        </div>
        <div className="panel-buttons">
          <button type="submit">{t('network.setLink')}</button>
          <button type="button" disabled={!overridden} onClick={reset}>
            {t('network.resetLink')}
          </button>
        </div>
        {error !== null && (
          <p id={errorId} className="panel-error" role="alert">
            {error}
          </p>
        )}
        <LinkOverrides links={links} />
      </fieldset>
    </form>
  )
}

function LinkOverrides({ links }: { links: Readonly<Record<string, LinkOverride>> }) {
  const rows = describeLinks(links)
  if (rows.length === 0) return <p className="panel-hint">{t('network.allDefault')}</p>
  return (
    <ul className="link-overrides" aria-label={t('network.overrides')}>
      {rows.map((row) => (
        <li key={row.key}>
          <span className="link-name">{row.link}</span> {row.fault}
        </li>
      ))}
    </ul>
  )
}
