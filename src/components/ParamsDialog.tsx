/**
 * Parameters: a button that opens a modal form for the node count, the seed and every
 * parameter, and starts a new run with them. The run it replaces stays a branch.
 */

import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { specLookup } from '../protocols/registry'
import { useAppStore } from '../store/context'
import {
  formFromScenario,
  paramGroups,
  runLabel,
  scenarioFromForm,
  type ParamsForm,
} from './params-form'
import type { AppState } from '../store/app-store'
import type { ProtocolSpec } from '../sim/protocol'
import './panels.css'

const selector = (s: AppState) => ({ scenario: s.scenario, newRun: s.newRun })

export function ParamsButton() {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Parameters
      </button>
      {open && <ParamsDialog onClose={close} />}
    </>
  )
}

function ParamsDialog({ onClose }: { onClose: () => void }) {
  const { scenario, newRun } = useAppStore(selector)
  const spec = specLookup(scenario.protocol)
  const dialog = useRef<HTMLDialogElement>(null)
  const noteId = useId()

  // A native modal dialog keeps focus inside and makes the rest of the page inert.
  useEffect(() => {
    const d = dialog.current!
    if (!d.open) d.showModal()
    return () => d.close()
  }, [])

  // Closing the dialog first lets focus return to the button, which a modal keeps inert.
  const close = () => {
    dialog.current?.close()
    onClose()
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return
    // Handled here, so the app's own Escape shortcut (clear the selection) stays out of it.
    e.preventDefault()
    e.stopPropagation()
    close()
  }

  return (
    <dialog
      ref={dialog}
      className="params-dialog"
      aria-label="Parameters"
      aria-describedby={noteId}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault()
        close()
      }}
    >
      <h2>Parameters</h2>
      <p id={noteId} className="panel-hint">
        A new run starts at time 0 without inputs, since they may name nodes that no longer exist;
        the current run stays in the branch list.
      </p>
      {spec === undefined ? (
        <p className="panel-error">Unknown protocol “{scenario.protocol}”.</p>
      ) : (
        <ParamsFormView
          spec={spec}
          initial={formFromScenario(scenario, spec)}
          onCancel={close}
          onSubmit={(form) => {
            const result = scenarioFromForm(form, scenario, spec, specLookup)
            if (!result.ok) return result.error
            close()
            newRun(result.scenario, runLabel(result.scenario))
            return null
          }}
        />
      )}
    </dialog>
  )
}

interface FormProps {
  readonly spec: ProtocolSpec
  readonly initial: ParamsForm
  readonly onCancel: () => void
  /** Returns the problem to show, or null when the run started. */
  readonly onSubmit: (form: ParamsForm) => string | null
}

function ParamsFormView({ spec, initial, onCancel, onSubmit }: FormProps) {
  const [form, setForm] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const formId = useId()
  const errorId = `${formId}-error`
  const submit = (e: FormEvent) => {
    e.preventDefault()
    setError(onSubmit(form))
  }
  return (
    <form className="params-form" onSubmit={submit} noValidate>
      {paramGroups(spec).map((group) => (
        <fieldset key={group.title}>
          <legend>{group.title}</legend>
          <div className="params-grid">
            {group.rows.flatMap((row) =>
              row.map((f, i) => (
                // A range starts a row of its own, so its two ends sit side by side.
                <div
                  key={f.name}
                  className={row.length > 1 && i === 0 ? 'field range-start' : 'field'}
                >
                  <label htmlFor={`${formId}-${f.name}`}>{f.label}</label>
                  <input
                    id={`${formId}-${f.name}`}
                    type="number"
                    inputMode="decimal"
                    min={f.min}
                    max={f.max}
                    step={f.step}
                    value={form[f.name] ?? ''}
                    aria-describedby={error === null ? undefined : errorId}
                    onChange={(e) => {
                      setForm({ ...form, [f.name]: e.target.value })
                      setError(null)
                    }}
                  />
                </div>
              )),
            )}
          </div>
        </fieldset>
      ))}
      {error !== null && (
        <p id={errorId} className="panel-error" role="alert">
          {error}
        </p>
      )}
      <div className="panel-buttons params-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Start new run
        </button>
      </div>
    </form>
  )
}
