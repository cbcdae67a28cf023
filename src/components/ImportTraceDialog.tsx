/**
 * Import trace: a ShiViz log (a regular expression with named groups host, clock and event;
 * vector clocks as JSON) shown in the space-time diagram, a lane per host, messages
 * inferred from the clocks as ShiViz does; or a Jaeger or OTLP JSON trace, a lane per
 * service, told apart by the file's content. A file that doesn't fit says where and why.
 */

import { Fragment, useEffect, useId, useState, type FormEvent } from 'react'
import { MAX_LOG_CHARS, SHIVIZ_DEFAULT_PATTERN, parseShiviz } from '../trace-import/shiviz'
import { shivizLayout } from '../trace-import/shiviz-layout'
import { detectTraceFormat, importSpanTrace, type TraceFormat } from '../trace-import/otel-import'
import { ModalButton } from './ModalButton'
import type { SpacetimeView } from '../timeline/spacetime/types'
import { t } from '../i18n'

export interface ImportedTrace {
  readonly name: string
  readonly view: SpacetimeView
  /** "3 hosts, 24 events, 9 messages", or "3 services, 24 spans, 9 messages …". */
  readonly summary: string
}

export function ImportTraceButton({ onImport }: { onImport: (trace: ImportedTrace) => void }) {
  return (
    <ModalButton label={t('importTrace.title')} className="params-dialog">
      {(close) => (
        <ImportTraceForm
          onCancel={close}
          onImport={(trace) => {
            close()
            onImport(trace)
          }}
        />
      )}
    </ModalButton>
  )
}

function ImportTraceForm(props: { onCancel: () => void; onImport: (t: ImportedTrace) => void }) {
  const [file, setFile] = useState<File | null>(null)
  const [pattern, setPattern] = useState(SHIVIZ_DEFAULT_PATTERN)
  const [error, setError] = useState<string | null>(null)
  // The chosen file's format, from its first characters: the pattern is for ShiViz only.
  const [format, setFormat] = useState<TraceFormat | null>(null)
  const id = useId()

  useEffect(() => {
    if (file === null) return
    let current = true
    file
      .slice(0, 1024)
      .text()
      .then(
        (head) => current && setFormat(detectTraceFormat(head)),
        () => current && setFormat(null),
      )
    return () => {
      current = false
    }
  }, [file])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (file === null) return setError(t('importTrace.chooseFile'))
    const name = file.name
    if (file.size > MAX_LOG_CHARS) {
      return setError(t('importTrace.tooLarge', { name, mb: MAX_LOG_CHARS / 1024 / 1024 }))
    }
    let text: string
    try {
      text = await file.text()
    } catch {
      return setError(t('importTrace.unreadable', { name }))
    }
    if (detectTraceFormat(text) === 'json') {
      const spans = importSpanTrace(text)
      if (!spans.ok) return setError(t('importTrace.fileError', { name, error: spans.error }))
      const { layout, summary } = spans.value
      return props.onImport({ name: file.name, view: layout.view, summary })
    }
    const parsed = parseShiviz(text, pattern)
    if (!parsed.ok) return setError(t('importTrace.fileError', { name, error: parsed.error }))
    const { hosts, events, messages } = parsed.log
    props.onImport({
      name: file.name,
      view: shivizLayout(parsed.log),
      summary: t('importTrace.shivizSummary', {
        hosts: t('importTrace.shiviz.hosts', { count: hosts.length }),
        events: t('importTrace.shiviz.events', { count: events.length }),
        messages: t('importTrace.shiviz.messages', { count: messages.length }),
      }),
    })
  }

  return (
    <form className="params-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('importTrace.title')}</h2>
      <p className="panel-hint">{withCode(t('importTrace.intro'))}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('importTrace.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null)
            setFormat(null)
            setError(null)
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-pattern`}>{t('importTrace.pattern')}</label>
        <input
          id={`${id}-pattern`}
          type="text"
          spellCheck={false}
          disabled={format === 'json'}
          aria-describedby={`${id}-pattern-hint`}
          value={pattern}
          onChange={(e) => {
            setPattern(e.currentTarget.value)
            setError(null)
          }}
        />
        <p id={`${id}-pattern-hint`} className="panel-hint">
          {format === 'json' ? t('importTrace.patternUnused') : t('importTrace.patternHint')}
        </p>
      </div>
      {error !== null && (
        <p className="panel-error" role="alert">
          {error}
        </p>
      )}
      <div className="panel-buttons params-buttons">
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('importTrace.import')}
        </button>
      </div>
    </form>
  )
}

/** A text whose `{name}` placeholders are the pattern's group names, shown as code. */
function withCode(text: string) {
  return text
    .split(/\{(\w+)\}/)
    .map((part, i) =>
      i % 2 === 0 ? <Fragment key={i}>{part}</Fragment> : <code key={i}>{part}</code>,
    )
}
