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

export function LessonsButton() {
  return (
    <ModalButton label="Lessons" className="params-dialog lessons-dialog">
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
        <h2>Lessons</h2>
        <button type="button" className="quiet" onClick={onOpened}>
          Close
        </button>
      </div>
      <p className="panel-hint">
        Each lesson narrates one run, step by step: Next step plays on to the next moment, Previous
        step goes back to the one before, and the arrow keys do the same. Try anything on the way;
        Back to the lesson returns. Your own lesson file (format in the README) opens with Import.
      </p>
      <ul className="lesson-list" aria-label="Lessons">
        {LESSONS.map((l) => (
          <li key={l.id}>
            <h3>{l.lesson.title}</h3>
            <p>{l.lesson.summary}</p>
            <div className="gallery-row">
              <button
                type="button"
                className="primary"
                aria-label={`Open ${l.lesson.title}`}
                onClick={() => open(l)}
              >
                Open
              </button>
              <a
                href={`#${lessonFragment({ source: { kind: 'built-in', id: l.id }, step: 0 })}`}
                aria-label={`Link to ${l.lesson.title}`}
                onClick={onOpened}
              >
                Link
              </a>
              <span className="hint">
                {specLookup(l.lesson.scenario.protocol)?.title} · {l.lesson.steps.length} steps
              </span>
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}
