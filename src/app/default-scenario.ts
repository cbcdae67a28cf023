/** What the app opens with: the first registered protocol at its default size, no inputs. */

import { starterScenario } from './protocol-choices'
import { DEFAULT_PROTOCOL } from '../protocols/registry'
import type { Scenario } from '../scenario/types'

export const DEFAULT_SCENARIO: Scenario = starterScenario(DEFAULT_PROTOCOL, 1)
