/** The share link of what is on screen: the scenario, the cursor time and the view. */

import { buildFragment, type LinkState } from '../scenario/codec'
import { DEFAULT_VIEW, type AppState } from './app-store'
import { lessonFragment } from '../lesson/link'
import { atLessonStep } from './lessons'

export function linkStateOf(s: Pick<AppState, 'scenario' | 'cursor' | 'view'>): LinkState {
  return {
    scenario: s.scenario,
    t: s.cursor,
    ...(s.view === DEFAULT_VIEW ? {} : { view: s.view }),
  }
}

/**
 * The fragment of what is on screen: a lesson's step link while the lesson's run shows that
 * step, else the run's own link.
 */
export function addressFragment(
  s: Pick<AppState, 'scenario' | 'cursor' | 'view' | 'lesson'>,
): string {
  if (atLessonStep(s)) return lessonFragment({ source: s.lesson!.source, step: s.lesson!.step })
  return buildFragment(linkStateOf(s))
}

/** The page's address without its fragment: what a link to another run starts with. */
export function pageBase(): string {
  return window.location.href.split('#')[0]!
}

/** `base` is the page address without its fragment. */
export function shareUrl(base: string, s: Pick<AppState, 'scenario' | 'cursor' | 'view'>): string {
  return `${base}#${buildFragment(linkStateOf(s))}`
}

/** The snippet that embeds this run in a slide or a blog post. */
export function embedSnippet(base: string, s: Pick<AppState, 'scenario' | 'cursor' | 'view'>) {
  const src = `${base}#${buildFragment({ ...linkStateOf(s), embed: true })}`
  return `<iframe src="${src}" width="800" height="560" style="border:0" title="Clusterscope run" loading="lazy"></iframe>`
}
