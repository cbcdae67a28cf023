/**
 * The lesson list: every built-in lesson, each opening at its first step as a new run (the
 * current run stays a branch), with its link. A teacher's own lesson file opens by Import.
 */

import { LESSONS } from '../app/lessons'
import { lessonFragment } from '../lesson/link'
import { openLesson } from '../store/lessons'
import { useAppStoreApi } from '../store/context'
import { specLookup } from '../protocols/registry'
import { ModalButton } from './ModalButton'
import type { BuiltInLesson } from '../lesson/types'
import { t } from '../i18n'

export function LessonsButton() {
  return (
    <ModalButton label={t('lessons.title')} className="params-dialog lessons-dialog">
      {(close) => <LessonList onOpened={close} />}
    </ModalButton>
  )
}

function LessonList({ onOpened }: { onOpened: () => void }) {
  const store = useAppStoreApi()
  const open = ({ id, lesson }: BuiltInLesson) => {
    if (openLesson(store, lesson, { kind: 'built-in', id })) onOpened()
  }
  return (
    <>
      <div className="dialog-head">
        <h2>{t('lessons.title')}</h2>
        <button type="button" className="quiet" onClick={onOpened}>
          {t('common.close')}
        </button>
      </div>
      <p className="panel-hint">{t('lessons.intro')}</p>
      <ul className="lesson-list" aria-label={t('lessons.title')}>
        {LESSONS.map((l) => (
          <li key={l.id}>
            <h3>{l.lesson.title}</h3>
            <p>{l.lesson.summary}</p>
            <div className="gallery-row">
              <button
                type="button"
                className="primary"
                aria-label={t('gallery.openNamed', { title: l.lesson.title })}
                onClick={() => open(l)}
              >
                {t('common.open')}
              </button>
              <a
                href={`#${lessonFragment({ source: { kind: 'built-in', id: l.id }, step: 0 })}`}
                aria-label={t('gallery.linkNamed', { title: l.lesson.title })}
                onClick={onOpened}
              >
                {t('common.link')}
              </a>
              <span className="hint">
                {specLookup(l.lesson.scenario.protocol)?.title} ·{' '}
                {t('lessons.steps', { count: l.lesson.steps.length })}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}
