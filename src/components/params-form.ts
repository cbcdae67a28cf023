/**
 * The Parameters form, built from the protocol's parameter specs rather than a fixed list,
 * so its fields, bounds and defaults are the ones the validator enforces.
 */

import { KERNEL_PARAMS, resolveParams, type ParamSpecs } from '../sim/params'
import { MAX_SEED, parseScenario, type ParseResult, type SpecLookup } from '../scenario/validate'
import type { ProtocolSpec } from '../sim/protocol'
import type { ParamValue, Scenario } from '../scenario/types'
import { hasMessage, t } from '../i18n'

/** A number box, or a checkbox for an on/off parameter (its form text is "true"/"false"). */
export type ParamField = NumberField | FlagField

export interface NumberField {
  readonly kind: 'number'
  /** `nodes`, `seed`, a parameter key, or `key.0` / `key.1` for the ends of a range. */
  readonly name: string
  readonly label: string
  readonly min: number
  readonly max: number
  readonly step: number
}

export interface FlagField {
  readonly kind: 'flag'
  readonly name: string
  readonly label: string
}

export interface ParamGroup {
  readonly title: string
  /** Each row is one setting: a number is one field, a range two. */
  readonly rows: readonly (readonly ParamField[])[]
}

export type ParamsForm = Readonly<Record<string, string>>

/** "Latency (ms)" → "Latency min (ms)": the unit stays last. */
export function boundLabel(label: string, bound: 'min' | 'max'): string {
  const unit = label.indexOf(' (')
  return unit < 0 ? `${label} ${bound}` : `${label.slice(0, unit)} ${bound}${label.slice(unit)}`
}

/** A parameter's label in the language at hand; the spec's own (English) where none is kept. */
function paramLabel(key: string, label: string): string {
  const name = `params.${key}`
  return hasMessage(name) ? t(name) : label
}

function specRows(specs: ParamSpecs): ParamField[][] {
  return Object.entries(specs).map(([key, spec]): ParamField[] => {
    const label = paramLabel(key, spec.label)
    if (spec.kind === 'flag') return [{ kind: 'flag', name: key, label }]
    const { min, max } = spec
    if (spec.kind === 'range') {
      return (['min', 'max'] as const).map((bound, i) => ({
        kind: 'number',
        name: `${key}.${i}`,
        label: boundLabel(label, bound),
        min,
        max,
        step: 1,
      }))
    }
    // Fractions such as a loss rate move in twentieths; everything else in whole units.
    const step = spec.integer || max > 1 ? 1 : 0.05
    return [{ kind: 'number', name: key, label, min, max, step }]
  })
}

export function paramGroups(spec: ProtocolSpec): ParamGroup[] {
  const { min, max } = spec.nodes
  return [
    {
      title: t('params.cluster'),
      rows: [
        [{ kind: 'number', name: 'nodes', label: t('params.nodes'), min, max, step: 1 }],
        [{ kind: 'number', name: 'seed', label: t('params.seed'), min: 0, max: MAX_SEED, step: 1 }],
      ],
    },
    { title: t('params.networkAndClients'), rows: specRows(KERNEL_PARAMS) },
    { title: spec.title, rows: specRows(spec.params) },
  ]
}

function allSpecs(spec: ProtocolSpec): ParamSpecs {
  return { ...KERNEL_PARAMS, ...spec.params }
}

/** The current scenario's settings as text, with defaults where it gives none. */
export function formFromScenario(scenario: Scenario, spec: ProtocolSpec): ParamsForm {
  const form: Record<string, string> = {
    nodes: String(scenario.nodes),
    seed: String(scenario.seed),
  }
  const params = resolveParams(allSpecs(spec), scenario.params)
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number' || typeof value === 'boolean') form[key] = String(value)
    else [form[`${key}.0`], form[`${key}.1`]] = [String(value[0]), String(value[1])]
  }
  return form
}

function fieldsOf(spec: ProtocolSpec): ParamField[] {
  return paramGroups(spec).flatMap((g) => g.rows.flat())
}

function fieldLabels(spec: ProtocolSpec): Map<string, string> {
  return new Map(fieldsOf(spec).map((f) => [f.name, f.label]))
}

/** Puts the form's label in place of the validator's path: "Heartbeat (ms): must be …". */
function friendlyError(error: string, spec: ProtocolSpec): string {
  const labels = fieldLabels(spec)
  const match = /^(?:params\.)?(\w+): (.*)$/.exec(error)
  if (match === null) return error
  const label = labels.get(match[1]!) ?? labels.get(`${match[1]}.0`)?.replace(' min', '')
  return label === undefined ? error : `${label}: ${match[2]}`
}

/**
 * A new run from the form: every parameter given, and no inputs, since inputs may name
 * nodes a smaller cluster no longer has. Checked by the same validator as a share link.
 */
export function scenarioFromForm(
  form: ParamsForm,
  base: Scenario,
  spec: ProtocolSpec,
  specLookup: SpecLookup,
): ParseResult {
  for (const { kind, name, label } of fieldsOf(spec)) {
    if (kind === 'flag') continue
    const text = form[name]?.trim() ?? ''
    if (text === '') return { ok: false, error: t('params.required', { label }) }
    if (!Number.isFinite(Number(text))) {
      return { ok: false, error: t('params.notNumber', { label }) }
    }
  }
  const num = (name: string) => Number(form[name])
  const params: Record<string, ParamValue> = {}
  for (const [key, paramSpec] of Object.entries(allSpecs(spec))) {
    if (paramSpec.kind === 'flag') params[key] = form[key] === 'true'
    else if (paramSpec.kind === 'range') params[key] = [num(`${key}.0`), num(`${key}.1`)]
    else params[key] = num(key)
  }
  const raw = {
    version: base.version,
    protocol: base.protocol,
    ...(base.variant === undefined ? {} : { variant: base.variant }),
    nodes: num('nodes'),
    seed: num('seed'),
    params,
    inputs: [],
  }
  const result = parseScenario(raw, specLookup)
  return result.ok ? result : { ok: false, error: friendlyError(result.error, spec) }
}

export function runLabel(scenario: Scenario): string {
  return t('params.runLabel', { count: scenario.nodes, seed: scenario.seed })
}
