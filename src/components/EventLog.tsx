/**
 * The event log: every event of the run up to the cursor, in order, filtered by node and
 * by type. The last one is the cursor's; the list follows it while playing unless the
 * user scrolls away. Choosing an entry moves the cursor to it.
 */

import { useCallback, useId, useMemo, useState } from 'react'
import { useAppStore, useAppStoreApi } from '../store/context'
import { TYPE_CHOICES, typeChoice } from './event-log-filters'
import { EventList } from './EventList'
import { useCursorView } from './use-cursor-view'
import { rowOfEntry, rowsUpTo } from '../timeline/event-rows'
import type { AppState } from '../store/app-store'
import { t } from '../i18n'
import './event-log.css'

/** About ten updates a second while playing: enough to read, cheap on a long run. */
const UPDATE_MS = 100
const selectPlaying = (s: AppState) => s.playing

export function EventLog() {
  const store = useAppStoreApi()
  const { cursor, timeline } = useCursorView(UPDATE_MS)
  const playing = useAppStore(selectPlaying)
  const [node, setNode] = useState<string | null>(null)
  const [type, setType] = useState('all')
  const [follow, setFollow] = useState(true)
  const [picked, setPicked] = useState<number | null>(null)
  const nodeId = useId()
  const typeId = useId()

  const ids = timeline.context.ids
  // 1,000 options are not built again ten times a second while playing.
  const nodeOptions = useMemo(
    () =>
      ids.map((id) => (
        <option key={id} value={id}>
          {id}
        </option>
      )),
    [ids],
  )
  // A new run may have fewer nodes than the one the filter was picked in.
  const shownNode = node !== null && ids.includes(node) ? node : null
  const index = timeline.eventIndex()
  const rows = index.rows({ node: shownNode, types: typeChoice(type).types })
  const count = rowsUpTo(rows, timeline.trace, cursor)
  // The entry chosen stays the current one while the cursor is at its time.
  const pickedRow = picked === null ? -1 : rowOfEntry(rows, picked)
  const isPicked = pickedRow >= 0 && pickedRow < count && index.entry(picked!).t === cursor
  const current = isPicked ? pickedRow : count - 1

  const onPick = useCallback(
    (entry: number) => {
      setPicked(entry)
      store.getState().goToEvent(entry)
    },
    [store],
  )

  return (
    <section className="panel event-log" aria-label={t('eventLog.panel')}>
      <div className="event-log-bar">
        <label htmlFor={nodeId}>{t('eventLog.node')}</label>
        <select
          id={nodeId}
          value={shownNode ?? ''}
          onChange={(e) => setNode(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{t('eventLog.allNodes')}</option>
          {nodeOptions}
        </select>
        <label htmlFor={typeId}>{t('eventLog.type')}</label>
        <select
          id={typeId}
          className="event-log-type"
          value={type}
          onChange={(e) => setType(e.target.value)}
        >
          {TYPE_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {t(c.label)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="event-log-follow"
          aria-pressed={follow}
          title={t('eventLog.followTitle')}
          onClick={() => setFollow(!follow)}
        >
          {t('eventLog.follow')}
        </button>
      </div>
      <EventList
        index={index}
        rows={rows}
        count={count}
        current={current}
        follow={follow}
        rewriteInPlace={playing && follow}
        onFollow={setFollow}
        onPick={onPick}
        empty={count === 0 ? emptyText(shownNode !== null || type !== 'all') : null}
      />
    </section>
  )
}

function emptyText(filtered: boolean): string {
  return filtered ? t('eventLog.noMatching') : t('eventLog.noEvents')
}
