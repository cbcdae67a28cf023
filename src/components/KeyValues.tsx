/** A compact two-column list of labelled values. */

import type { KeyValue } from '../protocols/presentation'

export type { KeyValue }

export function KeyValues({ rows }: { rows: readonly KeyValue[] }) {
  return (
    <dl className="kv">
      {rows.map((r) => (
        <div key={r.label}>
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  )
}
