/**
 * What a list of inputs must say about membership, beyond each input's own form: a node
 * named before the `join` that brings it in does not exist yet, and joins stop at the
 * protocol's largest cluster. Each problem names the field at fault and the join it needs.
 */

import type { z } from 'zod/mini'
import type { ProtocolSpec } from '../sim/protocol'
import type { RawIssue } from './schema-fields'
import { isRecord } from './validate-fields'

type Issue =
  | { readonly kind: 'early'; readonly node: string; readonly join: number; readonly at: unknown }
  | { readonly kind: 'full'; readonly max: number; readonly title: string }

const ID = /^n([1-9][0-9]*)$/

/** Every node id an input names, with where it sits in the input. */
function namedNodes(input: Readonly<Record<string, unknown>>): [(string | number)[], unknown][] {
  const named: [(string | number)[], unknown][] = []
  for (const key of ['node', 'from', 'to']) {
    if (Object.hasOwn(input, key)) named.push([[key], input[key]])
  }
  const groups = input['groups']
  if (Array.isArray(groups)) {
    groups.forEach((group, g) => {
      if (Array.isArray(group)) group.forEach((id, m) => named.push([['groups', g, m], id]))
    })
  }
  return named
}

/** The refinement for a cluster that starts with `nodes` nodes (unknown: nothing to check). */
export function membershipInOrder(spec: ProtocolSpec, nodes: number | undefined) {
  return (inputs: unknown[], ctx: z.core.$RefinementCtx<unknown[]>) => {
    if (nodes === undefined || spec.membership !== true) return
    // Index of the input whose join brings in node n(nodes + 1 + j), for each j.
    const joins = inputs.flatMap((input, i) =>
      isRecord(input) && input['type'] === 'join' ? [i] : [],
    )
    let present = nodes
    inputs.forEach((input, i) => {
      if (!isRecord(input)) return
      if (input['type'] === 'join') {
        present++
        if (present > spec.nodes.max) {
          const params: Issue = { kind: 'full', max: spec.nodes.max, title: spec.title }
          ctx.addIssue({ code: 'custom', path: [i, 'type'], params })
        }
        return
      }
      for (const [path, id] of namedNodes(input)) {
        const n = typeof id === 'string' ? Number(ID.exec(id)?.[1] ?? NaN) : NaN
        const join = joins[n - nodes - 1]
        if (n > present && join !== undefined) {
          const at = isRecord(inputs[join]) ? inputs[join]['at'] : undefined
          const params: Issue = { kind: 'early', node: id as string, join, at }
          ctx.addIssue({ code: 'custom', path: [i, ...path], params })
        }
      }
    })
  }
}

export function notJoined(iss: RawIssue): string {
  const issue = iss.params as Issue
  if (issue.kind === 'full') {
    return `one join too many: ${issue.title} runs at most ${issue.max} nodes`
  }
  return `"${issue.node}" has not joined yet: it joins at inputs[${issue.join}] (${String(issue.at)} ms)`
}
