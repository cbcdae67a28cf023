/**
 * What the app opens: the scenario in the URL fragment when there is one and it is sound,
 * otherwise the default scenario, with a notice that names what was wrong with the link.
 * Nothing from a link is ever executed: it is decoded, bounded and validated as data.
 */

import { DEFAULT_SCENARIO } from './default-scenario'
import { decodeLink } from '../scenario/codec'
import { specLookup } from '../protocols/registry'
import type { AppStoreOptions } from '../store/app-store'

export function initialState(hash: string): AppStoreOptions {
  if (hash === '' || hash === '#') return { scenario: DEFAULT_SCENARIO }
  const link = decodeLink(hash, specLookup)
  if (!link.ok) {
    return {
      scenario: DEFAULT_SCENARIO,
      notice: `This link could not be opened (${link.error}). Showing the default scenario instead.`,
    }
  }
  return { scenario: link.scenario, ...(link.t === undefined ? {} : { cursor: link.t }) }
}
