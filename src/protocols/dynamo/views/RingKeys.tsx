/** The stored keys as a table, in ring order: owner, preference list and who holds each. */

import { t } from '../../../i18n'
import { holdersText } from './ring-text'
import type { KeyDot } from './ring-model'

export function RingKeys({ keys }: { keys: readonly KeyDot[] }) {
  if (keys.length === 0) return <p className="hint">{t('ring.keys.none')}</p>
  return (
    <details className="ring-keys">
      <summary>{`${t('ring.keys.title')} (${keys.length})`}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('ring.keys.key')}</th>
            <th scope="col">{t('ring.keys.owner')}</th>
            <th scope="col">{t('ring.keys.preference')}</th>
            <th scope="col">{t('ring.keys.heldBy')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.key}>
              <th scope="row">{k.key}</th>
              <td>
                {k.movedFrom === null
                  ? k.owner
                  : t('ring.keys.was', { owner: k.owner, node: k.movedFrom })}
              </td>
              <td>{k.preference.join(', ')}</td>
              <td>{holdersText(k)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
