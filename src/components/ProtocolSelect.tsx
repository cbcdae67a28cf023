/** A labelled drop-down of every protocol, correct or with one of its broken variants. */

import { useId } from 'react'
import { PROTOCOL_GROUPS } from '../app/protocol-choices'
import { t } from '../i18n'

interface Props {
  readonly value: string
  readonly onChange: (value: string) => void
  readonly disabled?: boolean
  /** Names a correct protocol by its title alone, where room is short. */
  readonly compact?: boolean
}

export function ProtocolSelect({ value, onChange, disabled = false, compact = false }: Props) {
  const id = useId()
  return (
    <div className="field protocol-field">
      <label htmlFor={id}>{t('protocol.label')}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {PROTOCOL_GROUPS.map((g) => (
          <optgroup key={g.protocol} label={g.title}>
            {g.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {compact && c.variant === null ? g.title : c.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  )
}
