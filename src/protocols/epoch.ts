/** How a node's epoch reads in accessible names, the event log and the charts. */

import type { ProtocolSpec } from '../sim/protocol'

/** The epoch's name: `term` unless the protocol says otherwise (`ballot`, `view`). */
export function epochName(spec: ProtocolSpec | undefined): string {
  return spec?.epoch?.name ?? 'term'
}

/** `term 3`, `ballot 3.1`: the word and the number as the protocol writes it. */
export function epochText(spec: ProtocolSpec | undefined, n: number): string {
  const format = spec?.epoch?.format
  const text = format === undefined ? String(n) : format(n)
  return spec?.epoch?.bare === true ? text : `${epochName(spec)} ${text}`
}

/** What a role is to the shared views; a role the spec does not list is plain. */
export function roleLook(spec: ProtocolSpec | undefined, role: string) {
  return (
    (spec !== undefined && Object.hasOwn(spec.roles, role) ? spec.roles[role] : undefined) ??
    'plain'
  )
}
