/**
 * The link editor's model: a fault on one direction of one link. Only the fields the user
 * filled become part of the input, so an empty field keeps the scenario's default.
 */

import { MAX_LINK_LATENCY_MS } from '../scenario/validate-inputs'
import type { LinkOverride } from '../sim/world'
import type { Action, Checked } from '../store/branches'
import { t } from '../i18n'

export interface LinkForm {
  readonly from: string
  readonly to: string
  readonly lossRate: string
  readonly latencyMin: string
  readonly latencyMax: string
}

export type LinkAction = Extract<Action, { type: 'link' }>

export type LinkCheck = Checked<LinkAction>

const fail = (error: string): LinkCheck => ({ ok: false, error })

/** A filled number field, or undefined when left empty; NaN when it is not a number. */
function numberField(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text)
}

export function linkAction(form: LinkForm): LinkCheck {
  if (form.from === form.to) return fail(t('network.error.sameNode'))
  const lossRate = numberField(form.lossRate)
  const min = numberField(form.latencyMin)
  const max = numberField(form.latencyMax)
  if (lossRate !== undefined && !(lossRate >= 0 && lossRate <= 1)) {
    return fail(t('network.error.lossRate'))
  }
  if ((min === undefined) !== (max === undefined)) {
    return fail(t('network.error.bothEnds'))
  }
  if (min !== undefined && max !== undefined) {
    if (!(min >= 0 && min <= max && max <= MAX_LINK_LATENCY_MS)) {
      return fail(t('network.error.latencyRange', { max: MAX_LINK_LATENCY_MS }))
    }
  }
  if (lossRate === undefined && min === undefined) {
    return fail(t('network.error.nothing'))
  }
  const action: LinkAction = {
    type: 'link',
    from: form.from,
    to: form.to,
    ...(lossRate === undefined ? {} : { lossRate }),
    ...(min === undefined || max === undefined ? {} : { latencyMs: [min, max] as const }),
  }
  return { ok: true, action }
}

/** Overrides in a stable order, each as "n1 → n2" and "loss 0.5, 50–80 ms". */
export function describeLinks(
  links: Readonly<Record<string, LinkOverride>>,
): { key: string; link: string; fault: string }[] {
  return Object.keys(links)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((key) => {
      const override = links[key]!
      const [from, to] = key.split('>')
      const parts = []
      if (override.lossRate !== undefined) {
        parts.push(t('network.loss', { rate: override.lossRate }))
      }
      if (override.latencyMs !== undefined) {
        parts.push(`${override.latencyMs[0]}–${override.latencyMs[1]} ms`)
      }
      return { key, link: `${from} → ${to}`, fault: parts.join(', ') }
    })
}
