/**
 * What the app opens: the scenario in the URL fragment when there is one and it is sound,
 * else the autosaved run, else the default scenario. A broken link or save gets a notice
 * that names what is wrong. Nothing from a link is ever executed: it is decoded, bounded and
 * validated as data. Work saved before a link was opened is kept as a second branch.
 */

import { DEFAULT_SCENARIO } from './default-scenario'
import { decodeLink } from '../scenario/codec'
import { specLookup } from '../protocols/registry'
import { decodeLessonLink, isLessonLink } from '../lesson/link'
import { builtInLesson } from './lessons'
import { lessonLabel, timeLesson } from '../store/lessons'
import type { AppStoreOptions } from '../store/app-store'
import type { SavedRun } from './autosave'
import type { Scenario } from '../scenario/types'

export interface Startup {
  readonly options: AppStoreOptions
  /** The saved run must not be overwritten until the user does something (a broken link). */
  readonly protectSaved: boolean
}

const sameScenario = (a: Scenario, b: Scenario) => JSON.stringify(a) === JSON.stringify(b)

export function initialState(hash: string, saved: SavedRun): Startup {
  if (hash === '' || hash === '#') return fromSave(saved)
  const link = isLessonLink(hash) ? lessonLink(hash) : decodeLink(hash, specLookup)
  const keep =
    saved?.ok === true &&
    !(link.ok && (link.embed === true || sameScenario(saved.scenario, link.scenario)))
      ? { saved: { scenario: saved.scenario, cursor: saved.t ?? 0 } }
      : {}
  if (!link.ok) {
    const where = 'saved' in keep ? ' Your saved run is still in the Branch list.' : ''
    return {
      options: {
        scenario: DEFAULT_SCENARIO,
        notice: `This link could not be opened (${link.error}). Showing the default scenario instead.${where}`,
        ...keep,
      },
      protectSaved: 'saved' in keep,
    }
  }
  if ('open' in link) {
    const { open, embed } = link
    return {
      options: {
        scenario: open.lesson.scenario,
        cursor: open.times[open.step]!,
        label: lessonLabel(open.lesson),
        lesson: open,
        ...(embed === true ? { embed } : {}),
        ...keep,
      },
      protectSaved: false,
    }
  }
  const { ok: _ok, scenario, t, ...rest } = link
  return {
    options: { scenario, ...(t === undefined ? {} : { cursor: t }), ...rest, ...keep },
    protectSaved: false,
  }
}

/** A lesson link, its steps timed; as a scenario link would, `scenario` is what it opens. */
function lessonLink(hash: string) {
  const link = decodeLessonLink(hash, builtInLesson, specLookup)
  if (!link.ok) return link
  const timed = timeLesson(link.lesson, link.source, link.step)
  if (!timed.ok) return timed
  const embed = link.embed
  return { ok: true as const, scenario: link.lesson.scenario, open: timed.open, embed }
}

function fromSave(saved: SavedRun): Startup {
  if (saved === null) return { options: { scenario: DEFAULT_SCENARIO }, protectSaved: false }
  if (!saved.ok) {
    return {
      options: {
        scenario: DEFAULT_SCENARIO,
        notice: `Your saved run could not be restored (${saved.error}). Showing the default scenario instead.`,
      },
      protectSaved: false,
    }
  }
  const { ok: _ok, scenario, t, embed: _embed, ...rest } = saved
  return {
    options: { scenario, ...(t === undefined ? {} : { cursor: t }), ...rest },
    protectSaved: false,
  }
}
