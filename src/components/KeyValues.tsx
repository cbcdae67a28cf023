/** A compact two-column list of labelled values. */

export interface KeyValue {
  readonly label: string
  readonly value: string
}

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
