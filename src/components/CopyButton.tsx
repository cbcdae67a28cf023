/** Copies text to the clipboard and says so; where the clipboard is refused, says that. */

import { useEffect, useState } from 'react'
import { t } from '../i18n'

type Status = 'idle' | 'copied' | 'failed'

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState<Status>('idle')
  useEffect(() => {
    if (status === 'idle') return
    const timer = setTimeout(() => setStatus('idle'), 2000)
    return () => clearTimeout(timer)
  }, [status])
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="hint" role="status">
        {status === 'copied' ? t('copy.copied') : status === 'failed' ? t('copy.refused') : ''}
      </span>
    </>
  )
}
