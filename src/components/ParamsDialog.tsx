/**
 * Parameters: a button that opens a modal form for the node count, the seed and every
 * parameter, and starts a new run with them. The run it replaces stays a branch.
 */

import { useId, useState, type FormEvent } from 'react'
import { specLookup } from '../protocols/registry'
import { useAppStore } from '../store/context'
import {
  formFromScenario,
  paramGroups,
  runLabel,
  scenarioFromForm,
  type ParamField,
  type ParamsForm,
} from './params-form'
import type { AppState } from '../store/app-store'
import type { ProtocolSpec } from '../sim/protocol'
import type { Scenario } from '../scenario/types'
import { ModalButton } from './ModalButton'
import { ProtocolSelect } from './ProtocolSelect'
import { choiceOf, choiceValue, starterScenario } from '../app/protocol-choices'
import { t } from '../i18n'
import './panels.css'

const selector = (s: AppState) => ({ scenario: s.scenario, newRun: s.newRun })

export function ParamsButton() {
  return (
    <ModalButton label={t('params.title')} className="params-dialog" described>
      {(close, noteId) => <ParamsDialog onClose={close} noteId={noteId} />}
    </ModalButton>
  )
}

function ParamsDialog({ onClose, noteId }: { onClose: () => void; noteId: string }) {
  const { scenario: current, newRun } = useAppStore(selector)
  const [choice, setChoice] = useState(choiceValue(current.protocol, current.variant))
  const picked = choiceOf(choice)
  // The same protocol keeps the run's settings; another starts from its own defaults.
  const scenario =
    picked === undefined
      ? current
      : picked.protocol === current.protocol
        ? withVariant(current, picked.variant)
        : starterScenario(picked.protocol, current.seed, picked.variant)
  const spec = specLookup(scenario.protocol)
  const close = onClose

  return (
    <>
      <h2>{t('params.title')}</h2>
      <p id={noteId} className="panel-hint">
        {t('params.note')}
      </p>
      <ProtocolSelect value={choice} onChange={setChoice} />
      {spec === undefined ? (
        <p className="panel-error">
          {t('params.unknownProtocol', { protocol: scenario.protocol })}
        </p>
      ) : (
        <ParamsFormView
          key={choice}
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
    </>
  )
}

function withVariant(scenario: Scenario, variant: string | null): Scenario {
  const { variant: _, ...rest } = scenario
  return variant === null ? rest : { ...rest, variant }
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
                <FieldView
                  key={f.name}
                  field={f}
                  id={`${formId}-${f.name}`}
                  // A range starts a row of its own, so its two ends sit side by side.
                  startsRow={row.length > 1 && i === 0}
                  value={form[f.name] ?? ''}
                  describedBy={error === null ? undefined : errorId}
                  onChange={(value) => {
                    setForm({ ...form, [f.name]: value })
                    setError(null)
                  }}
                />
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
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('params.startNewRun')}
        </button>
      </div>
    </form>
  )
}

interface FieldProps {
  readonly field: ParamField
  readonly id: string
  readonly startsRow: boolean
  readonly value: string
  readonly describedBy: string | undefined
  readonly onChange: (value: string) => void
}

function FieldView({ field: f, id, startsRow, value, describedBy, onChange }: FieldProps) {
  if (f.kind === 'flag') {
    // A switch reads as a sentence, so it takes the whole row, its box before its label;
    // the form's shared input style sizes text boxes, so the box keeps its own size.
    return (
      <div
        className="field"
        style={{ gridColumn: '1 / -1', flexDirection: 'row', alignItems: 'center', gap: '0.4rem' }}
      >
        <input
          id={id}
          type="checkbox"
          style={{ width: 'auto', height: 'auto' }}
          checked={value === 'true'}
          aria-describedby={describedBy}
          onChange={(e) => onChange(String(e.target.checked))}
        />
        <label htmlFor={id}>{f.label}</label>
      </div>
    )
  }
  return (
    <div className={startsRow ? 'field range-start' : 'field'}>
      <label htmlFor={id}>{f.label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={f.min}
        max={f.max}
        step={f.step}
        value={value}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  )
}
