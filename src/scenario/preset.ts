/** A named, described scenario for the gallery: a story that opens at its telling moment. */

import type { Scenario } from './types'

export interface Preset {
  /** kebab-case, unique across the gallery; stable, since links and tests name it. */
  readonly id: string
  readonly title: string
  /** One to three plain sentences a student understands: what happens, what to look at. */
  readonly summary: string
  readonly scenario: Scenario
  /** Virtual ms: the telling moment the preset opens at. */
  readonly t: number
}
