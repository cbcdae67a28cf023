/**
 * Record: a short WebM video of a stretch of the run, for a slide. The dialog takes the
 * range, the playback speed and the frame rate; frames are then drawn one moment at a time
 * (see render/record-video.ts), with progress and Cancel, and the file downloads at the
 * end. The cursor goes back to where it was, however the recording ends.
 */

import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { SPEEDS } from '../app/speeds'
import {
  checkForm,
  DEFAULT_FPS,
  defaultRange,
  MAX_AHEAD_MS,
  MAX_FPS,
  type Field,
  type FramePlan,
  type RecordForm,
} from '../render/record-plan'
import { frameSize } from '../render/record-frame'
import { recordSupport, recordVideo } from '../render/record-video'
import { useAppStoreApi } from '../store/context'
import { seenUntilOf } from '../store/branches'
import { downloadBlob } from './download'
import { formatTime } from './format'
import { ModalButton } from './ModalButton'
import { frameSource } from './record-source'
import type { AppStore } from '../store/app-store'
import { getLocale, t } from '../i18n'
import './panels.css'
import './record.css'

interface RecordButtonProps {
  /** The graph's SVG on screen. */
  readonly graph: () => SVGSVGElement | null
}

export function RecordButton({ graph }: RecordButtonProps) {
  const [support] = useState(recordSupport)
  const reasonId = useId()
  if (!support.ok) {
    return (
      <>
        <button type="button" disabled title={support.reason} aria-describedby={reasonId}>
          {t('record.button')}
        </button>
        <span id={reasonId} className="sr-only">
          {support.reason}
        </span>
      </>
    )
  }
  return (
    <ModalButton label={t('record.button')} className="params-dialog record-dialog" described>
      {(close, noteId) => (
        <RecordPanel graph={graph} mimeType={support.mimeType} onClose={close} noteId={noteId} />
      )}
    </ModalButton>
  )
}

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'recording'; readonly done: number; readonly total: number }
  | {
      readonly kind: 'done'
      readonly fileName: string
      readonly bytes: number
      /** Average ms to draw a frame, for whoever measures (a data attribute). */
      readonly drawMs: number
    }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string }

interface PanelProps extends RecordButtonProps {
  readonly mimeType: string
  readonly onClose: () => void
  readonly noteId: string
}

function RecordPanel({ graph, mimeType, onClose, noteId }: PanelProps) {
  const store = useAppStoreApi()
  const id = useId()
  const [form, setForm] = useState(() => initialForm(store))
  const [withDiagram, setWithDiagram] = useState(false)
  const [error, setError] = useState<{ field: Field; message: string } | null>(null)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const abort = useRef<AbortController | null>(null)
  // Closing the dialog (Escape, Close) while recording stops the recording.
  useEffect(() => () => abort.current?.abort(), [])

  const checked = checkForm(form, limitOf(store))
  const edit = (change: Partial<RecordForm>) => {
    setForm({ ...form, ...change })
    setError(null)
  }

  const record = async (plan: FramePlan) => {
    const back = store.getState().cursor
    store.getState().pause()
    const controller = new AbortController()
    abort.current = controller
    setStatus({ kind: 'recording', done: 0, total: plan.times.length })
    try {
      const recorded = await recordVideo({
        ...frameSize(withDiagram),
        fps: plan.fps,
        mimeType,
        times: plan.times,
        draw: frameSource({ store, graph, withDiagram, range: plan }),
        onFrame: (done) => setStatus({ kind: 'recording', done, total: plan.times.length }),
        signal: controller.signal,
      })
      if (recorded === null) return setStatus({ kind: 'cancelled' })
      const fileName = `clusterscope-${Math.round(plan.fromMs)}-${Math.round(plan.toMs)}ms.webm`
      downloadBlob(recorded.blob, fileName)
      setStatus({ kind: 'done', fileName, bytes: recorded.blob.size, drawMs: recorded.drawMs })
    } catch (e) {
      setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) })
    } finally {
      abort.current = null
      store.getState().jumpTo(back)
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (checked.ok) return void record(checked.plan)
    setError({ field: checked.field, message: checked.error })
    document.getElementById(`${id}-${checked.field}`)?.focus()
  }

  const recording = status.kind === 'recording'
  const errorId = `${id}-error`
  const input = (field: Field) => ({
    id: `${id}-${field}`,
    disabled: recording,
    'aria-invalid': error?.field === field ? true : undefined,
    'aria-describedby': error?.field === field ? errorId : undefined,
  })
  return (
    <form className="params-form record-form" onSubmit={submit} noValidate>
      <h2>{t('record.title')}</h2>
      <p id={noteId} className="panel-hint">
        {t('record.note')}
      </p>
      <div className="params-grid">
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('record.from')}</label>
          <input
            type="number"
            min={0}
            value={form.from}
            {...input('from')}
            onChange={(e) => edit({ from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('record.to')}</label>
          <input
            type="number"
            min={0}
            value={form.to}
            {...input('to')}
            onChange={(e) => edit({ to: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-speed`}>{t('playback.speed')}</label>
          <select
            id={`${id}-speed`}
            value={form.speed}
            disabled={recording}
            onChange={(e) => edit({ speed: Number(e.target.value) })}
          >
            {SPEEDS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.value === 1 ? t('playback.realTime', { speed: '1×' }) : s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-fps`}>{t('record.fps')}</label>
          <input
            type="number"
            min={1}
            max={MAX_FPS}
            value={form.fps}
            {...input('fps')}
            onChange={(e) => edit({ fps: e.target.value })}
          />
        </div>
      </div>
      <fieldset className="record-what" disabled={recording}>
        <legend>{t('record.what')}</legend>
        <label>
          <input type="radio" checked={!withDiagram} onChange={() => setWithDiagram(false)} />
          {t('record.graph')}
        </label>
        <label>
          <input type="radio" checked={withDiagram} onChange={() => setWithDiagram(true)} />
          {t('record.graphAndSpacetime')}
        </label>
      </fieldset>
      {checked.ok && <Length plan={checked.plan} />}
      {error !== null && (
        <p id={errorId} className="panel-error" role="alert">
          {error.message}
        </p>
      )}
      <StatusView status={status} />
      <div className="panel-buttons params-buttons">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
        {recording ? (
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('common.cancel')}
          </button>
        ) : (
          <button type="submit" className="primary">
            {t('record.button')}
          </button>
        )}
      </div>
    </form>
  )
}

function Length({ plan }: { plan: FramePlan }) {
  const video = new Intl.NumberFormat(getLocale(), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(plan.videoMs / 1000)
  const run = formatTime(plan.toMs - plan.fromMs)
  return (
    <p className="panel-hint record-length">
      {t('record.length', { run, video, frames: plan.times.length })}
    </p>
  )
}

function StatusView({ status }: { status: Status }) {
  switch (status.kind) {
    case 'idle':
      return null
    case 'recording':
      return (
        <div className="record-status">
          <progress aria-label={t('record.recording')} max={status.total} value={status.done} />
          <p className="hint" role="status">
            {status.done === 0
              ? t('record.starting')
              : t('record.frame', { done: status.done, total: status.total })}
          </p>
        </div>
      )
    case 'done':
      return (
        <p className="hint" role="status" data-draw-ms={status.drawMs.toFixed(1)}>
          {t('record.saved', { fileName: status.fileName, kb: Math.round(status.bytes / 1024) })}
        </p>
      )
    case 'cancelled':
      return (
        <p className="hint" role="status">
          {t('record.cancelled')}
        </p>
      )
    case 'failed':
      return (
        <p className="panel-error" role="alert">
          {t('record.failed', { message: status.message })}
        </p>
      )
  }
}

function initialForm(store: AppStore): RecordForm {
  const s = store.getState()
  const speed = SPEEDS.some((o) => o.value === s.speed) ? s.speed : 1
  const { fromMs, toMs } = defaultRange(s.cursor, seenUntilOf(s), speed)
  return { from: String(fromMs), to: String(toMs), speed, fps: String(DEFAULT_FPS) }
}

/** The furthest a recording may reach: the run is simulated up to it. */
function limitOf(store: AppStore): number {
  return seenUntilOf(store.getState()) + MAX_AHEAD_MS
}
