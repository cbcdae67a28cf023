/** The selected node's whole state, or the selected message's contents and faults. */

import { useAppStore } from '../store/context'
import { MessageInspector } from './MessageInspector'
import { NodeInspector } from './NodeInspector'
import type { AppState } from '../store/app-store'
import { t } from '../i18n'

const selector = (s: AppState) => ({ selection: s.selection })

export function Inspector() {
  const { selection } = useAppStore(selector)
  if (selection === null) return null
  return (
    <section className="panel inspector" aria-label={t('inspector.title')}>
      {selection.kind === 'node' ? (
        <NodeInspector id={selection.id} />
      ) : (
        <MessageInspector id={selection.id} />
      )}
    </section>
  )
}
