/**
 * Scenario migration: every scenario ever saved or shared must still open (DESIGN.md), so a
 * newer build first upgrades an older version step by step, then validates the result.
 */

import { field, isRecord } from './validate-fields'
import { parseScenario, type ParseResult, type SpecLookup } from './validate'

type Upgrade = (old: Readonly<Record<string, unknown>>) => Record<string, unknown>

/**
 * Upgrades keyed by the version they read; each returns a new object of the next version
 * and leaves its input alone. Empty while version 1 is the only version.
 */
const UPGRADES: ReadonlyMap<number, Upgrade> = new Map()

/**
 * Brings raw scenario data to the current version. Whatever it can't recognise (a missing
 * or unknown version, something that is not an object) passes through unchanged, for
 * validation to report.
 */
export function migrate(raw: unknown): unknown {
  let current = raw
  for (;;) {
    if (!isRecord(current)) return current
    const version = field(current, 'version')
    const upgrade = typeof version === 'number' ? UPGRADES.get(version) : undefined
    if (upgrade === undefined) return current
    current = upgrade(current)
  }
}

/** Migrate, then validate. Never throws. */
export function loadScenario(raw: unknown, specLookup: SpecLookup): ParseResult {
  let migrated: unknown
  try {
    migrated = migrate(raw)
  } catch {
    return { ok: false, error: 'scenario: could not be upgraded to the current version' }
  }
  return parseScenario(migrated, specLookup)
}
