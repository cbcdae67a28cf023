/**
 * Explore: random fault schedules from a range of seeds, run in a worker until an invariant
 * or linearizability fails; the failure is shrunk to a few inputs and opens as a run. The
 * page stays live throughout, with progress and a Cancel button.
 */

import { useEffect, useId, useRef, useState } from 'react'
import { choiceOf, choiceValue } from '../app/protocol-choices'
import { ProtocolSelect } from './ProtocolSelect'
import { pageBase, shareUrl } from '../store/link'
import { DEFAULT_VIEW } from '../store/app-store'
import { useAppStoreApi } from '../store/context'
import { ModalButton } from './ModalButton'
import './checks.css'
import type { ExploreProgress, ExploreResult } from '../check/explore'
import type { ExploreReply, ExploreRequest } from '../app/explore-protocol'
import { formatTime } from './format'
import { t } from '../i18n'

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: ExploreProgress | null; readonly seeds: number }
  | { readonly kind: 'done'; readonly result: ExploreResult }
  | { readonly kind: 'cancelled'; readonly runs: number }
  | { readonly kind: 'failed'; readonly message: string }

export function ExploreButton() {
  return (
    <ModalButton label={t('explore.title')} className="params-dialog explore-dialog">
      {(close) => <ExplorePanel onClose={close} />}
    </ModalButton>
  )
}

function ExplorePanel({ onClose }: { onClose: () => void }) {
  const store = useAppStoreApi()
  const id = useId()
  const [choice, setChoice] = useState(() => {
    const { protocol, variant } = store.getState().scenario
    return choiceValue(protocol, variant)
  })
  const [seeds, setSeeds] = useState('300')
  const [fromSeed, setFromSeed] = useState('1')
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const worker = useRef<Worker | null>(null)
  useEffect(() => () => worker.current?.terminate(), [])

  const seedCount = Number(seeds)
  const first = Number(fromSeed)
  const valid =
    choiceOf(choice) !== undefined &&
    Number.isInteger(seedCount) &&
    seedCount >= 1 &&
    seedCount <= 100_000 &&
    Number.isInteger(first) &&
    first >= 0

  const start = () => {
    worker.current?.terminate()
    const w = new Worker(new URL('../app/explore.worker.ts', import.meta.url), { type: 'module' })
    worker.current = w
    setStatus({ kind: 'running', progress: null, seeds: seedCount })
    w.addEventListener('message', (e: MessageEvent<ExploreReply>) => {
      const reply = e.data
      if (reply.type === 'progress') {
        setStatus({ kind: 'running', progress: reply.progress, seeds: seedCount })
      } else {
        w.terminate()
        worker.current = null
        setStatus(
          reply.type === 'done'
            ? { kind: 'done', result: reply.result }
            : { kind: 'failed', message: reply.message },
        )
      }
    })
    w.addEventListener('error', (e) => setStatus({ kind: 'failed', message: e.message }))
    const picked = choiceOf(choice)!
    const request: ExploreRequest = {
      protocol: picked.protocol,
      variant: picked.variant,
      seeds: seedCount,
      fromSeed: first,
    }
    w.postMessage(request, [])
  }
  const cancel = () => {
    worker.current?.terminate()
    worker.current = null
    setStatus({
      kind: 'cancelled',
      runs: status.kind === 'running' ? (status.progress?.runs ?? 0) : 0,
    })
  }
  const openFinding = (result: ExploreResult) => {
    const found = result.found!
    store.getState().newRun(found.scenario, t('explore.runLabel', { seed: found.seed }), found.at)
    onClose()
  }

  const running = status.kind === 'running'
  return (
    <div className="params-form">
      <h2>{t('explore.title')}</h2>
      <p className="panel-hint">{t('explore.intro')}</p>
      <div className="explore-fields">
        <ProtocolSelect value={choice} onChange={setChoice} disabled={running} />
        <div className="field">
          <label htmlFor={`${id}-seeds`}>{t('explore.seeds')}</label>
          <input
            id={`${id}-seeds`}
            type="number"
            min={1}
            max={100000}
            value={seeds}
            disabled={running}
            onChange={(e) => setSeeds(e.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('explore.firstSeed')}</label>
          <input
            id={`${id}-from`}
            type="number"
            min={0}
            value={fromSeed}
            disabled={running}
            onChange={(e) => setFromSeed(e.currentTarget.value)}
          />
        </div>
      </div>
      <StatusView status={status} onOpen={openFinding} />
      <div className="panel-buttons params-buttons">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
        {running ? (
          <button type="button" onClick={cancel}>
            {t('common.cancel')}
          </button>
        ) : (
          <button type="button" className="primary" disabled={!valid} onClick={start}>
            {t('explore.start')}
          </button>
        )}
      </div>
    </div>
  )
}

function StatusView(props: { status: Status; onOpen: (r: ExploreResult) => void }) {
  const { status } = props
  switch (status.kind) {
    case 'idle':
      return null
    case 'running': {
      const p = status.progress
      const runs = p?.runs ?? 0
      return (
        <div className="explore-status">
          <progress aria-label={t('explore.exploring')} max={status.seeds} value={runs} />
          <p className="hint" role="status">
            {p?.phase === 'shrink'
              ? t('explore.shrinking', { seed: p.seed, inputs: p.inputs, runs: p.shrinkRuns })
              : t('explore.progress', { runs, seeds: status.seeds })}
          </p>
        </div>
      )
    }
    case 'cancelled':
      return (
        <p className="hint" role="status">
          {t('explore.cancelled', { count: status.runs })}
        </p>
      )
    case 'failed':
      return (
        <p className="panel-error" role="alert">
          {t('explore.failed', { message: status.message })}
        </p>
      )
    case 'done': {
      const { result } = status
      const found = result.found
      if (found === null) {
        return (
          <p className="check-ok" role="status">
            ✓ {t('explore.noViolation', { count: result.runs })}
          </p>
        )
      }
      const link = shareUrl(pageBase(), {
        scenario: found.scenario,
        cursor: found.at,
        view: DEFAULT_VIEW,
      })
      return (
        <div className="check-fail" role="status">
          <p>
            ✗ {t('explore.seedBroke', { seed: found.seed })} <strong>{found.invariant}</strong>{' '}
            {t('explore.brokeAt', { at: formatTime(found.at) })} {found.message}
          </p>
          <p>
            {t('explore.shrunk', {
              before: found.inputsBefore,
              after: found.inputsAfter,
              runs: result.runs,
            })}
          </p>
          <div className="share-row">
            <button type="button" className="primary" onClick={() => props.onOpen(result)}>
              {t('explore.openFailing')}
            </button>
            <a href={link}>{t('explore.linkToIt')}</a>
          </div>
        </div>
      )
    }
  }
}
