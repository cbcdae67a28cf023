/**
 * The lesson player: the narration of the step on screen beside the graph, its question,
 * and the buttons that step forward (playing the run to the next step) and back. An
 * intervention branches off as usual; `Back to the lesson` returns to the step.
 */

import { useMemo } from 'react'
import { useAppStore, useAppStoreApi } from '../store/context'
import {
  answerQuestion,
  atLessonStep,
  backToLesson,
  closeLesson,
  nextStep,
  onLessonRun,
  previousStep,
} from '../store/lessons'
import { lessonFragment } from '../lesson/link'
import { stepMismatches } from '../lesson/check'
import { pageBase } from '../store/link'
import { CopyButton } from './CopyButton'
import type { AppState } from '../store/app-store'
import type { Question } from '../lesson/types'
import { t } from '../i18n'
import './lesson.css'

const selector = (s: AppState) => ({
  lesson: s.lesson,
  onRun: onLessonRun(s),
  atStep: atLessonStep(s),
  playingTo: s.playTo !== null,
  timeline: s.timeline,
})

export function LessonPanel({ compact = false }: { compact?: boolean }) {
  const store = useAppStoreApi()
  const { lesson: open, onRun, atStep, playingTo, timeline } = useAppStore(selector)
  const step = open?.lesson.steps[open.step]
  // A teacher's own lesson may claim what its run does not show: say so. (Built-in
  // lessons are held to their claims by tests.)
  const mismatches = useMemo(() => {
    if (open === null || step === undefined || open.source.kind === 'built-in' || !onRun) return []
    return stepMismatches(step, timeline, open.times[open.step]!)
  }, [open, step, timeline, onRun])
  if (open === null || step === undefined) return null
  const count = open.lesson.steps.length
  const link = `${pageBase()}#${lessonFragment({ source: open.source, step: open.step })}`
  return (
    <section className={`lesson-panel${compact ? ' compact' : ''}`} aria-label={t('lesson.title')}>
      <div className="lesson-head">
        <h2>{open.lesson.title}</h2>
        {compact ? null : (
          <button type="button" className="quiet" onClick={() => closeLesson(store)}>
            {t('lesson.close')}
          </button>
        )}
      </div>
      <p className="lesson-counter" role="status" aria-live="polite">
        {t('lesson.counter', { step: open.step + 1, count })}
        {playingTo ? t('lesson.playingTo') : ''}
      </p>
      <div className="lesson-text">
        {step.text.split(/\n\s*\n/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </div>
      {step.question === undefined ? null : (
        <LessonQuestion
          key={open.step}
          question={step.question}
          picked={open.answers[open.step] ?? null}
          onPick={(choice) => answerQuestion(store, choice)}
        />
      )}
      {mismatches.length === 0 ? null : (
        <div className="lesson-mismatch" role="note">
          <strong>{t('lesson.mismatch')}</strong>
          <ul>
            {mismatches.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {onRun && !atStep && !playingTo ? (
        <p className="panel-hint">{t('lesson.movedAway')}</p>
      ) : null}
      <div className="lesson-nav">
        <button
          type="button"
          onClick={() => previousStep(store)}
          disabled={open.step === 0}
          aria-keyshortcuts="ArrowLeft"
        >
          {t('lesson.previous')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => nextStep(store)}
          disabled={open.step === count - 1}
          aria-keyshortcuts="ArrowRight"
        >
          {t('lesson.next')}
        </button>
        {onRun && (atStep || playingTo) ? null : (
          <button type="button" onClick={() => backToLesson(store)}>
            {t('lesson.back')}
          </button>
        )}
      </div>
      {compact ? null : (
        <div className="lesson-link">
          <CopyButton text={link} label={t('lesson.copyLink')} />
        </div>
      )}
    </section>
  )
}

function LessonQuestion(props: {
  question: Question
  picked: number | null
  onPick: (choice: number) => void
}) {
  const { question, picked, onPick } = props
  const answered = picked !== null
  return (
    <fieldset className="lesson-question">
      <legend>{question.prompt}</legend>
      <div className="lesson-choices">
        {question.choices.map((choice, i) => {
          const verdict = !answered
            ? ''
            : i === question.answer
              ? ' right'
              : i === picked
                ? ' wrong'
                : ''
          return (
            <button
              key={i}
              type="button"
              className={`lesson-choice${verdict}`}
              aria-pressed={picked === i}
              onClick={() => onPick(i)}
            >
              {choice}
            </button>
          )
        })}
      </div>
      {answered ? (
        <p className="lesson-answer" role="status">
          <strong>{picked === question.answer ? t('lesson.right') : t('lesson.wrong')}</strong>{' '}
          {question.explanation}
        </p>
      ) : (
        <p className="panel-hint">{t('lesson.pickOne')}</p>
      )}
    </fieldset>
  )
}
