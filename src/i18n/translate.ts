/**
 * The message catalogue's lookup: `t(key, vars)` in the current locale. Pure (no DOM, no
 * React), so the kernel's text (event log lines, inspector labels) reads through it too; the CLI
 * never sets a locale, so its output stays English.
 */

import { de } from './de'
import { en, type MessageKey } from './en'

export type { MessageKey }

export const LOCALES = [
  { id: 'en', name: 'English' },
  { id: 'de', name: 'Deutsch' },
] as const

export type Locale = (typeof LOCALES)[number]['id']

/** A key with `_one`/`_other` forms, called by its base: `t('checks.violations', { count })`. */
type PluralBase<K> = K extends `${infer B}_other` ? B : never
export type TranslationKey = MessageKey | PluralBase<MessageKey>

export type Vars = Readonly<Record<string, string | number>>

const CATALOGUES: Record<Locale, Readonly<Record<MessageKey, string>>> = { en, de }

let current: Locale = 'en'
const listeners = new Set<() => void>()
const pluralRules = new Map<Locale, Intl.PluralRules>()

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((l) => l.id === value)
}

export function getLocale(): Locale {
  return current
}

/** Switches the language; an unknown id is refused with an error naming it. */
export function setLocale(locale: Locale): void {
  if (!isLocale(locale)) throw new Error(`unknown locale "${String(locale)}"`)
  if (locale === current) return
  current = locale
  for (const listener of listeners) listener()
}

/** Calls `listener` after every change of locale; returns the unsubscribe. */
export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function t(key: TranslationKey, vars?: Vars): string {
  return translate(current, key, vars)
}

/** `t` in a given locale, whatever the current one is (tests; text that must stay English). */
export function translate(locale: Locale, key: TranslationKey, vars?: Vars): string {
  const catalogue = CATALOGUES[locale]
  const template = lookup(catalogue, locale, key, vars) ?? lookup(en, 'en', key, vars) ?? key
  return vars === undefined ? template : fill(template, vars)
}

function lookup(
  catalogue: Readonly<Record<string, string>>,
  locale: Locale,
  key: string,
  vars: Vars | undefined,
): string | undefined {
  const direct = catalogue[key]
  if (direct !== undefined) return direct
  const count = vars?.count
  if (typeof count !== 'number') return undefined
  return catalogue[`${key}_${pluralOf(locale, count)}`] ?? catalogue[`${key}_other`]
}

function pluralOf(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale)
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale)
    pluralRules.set(locale, rules)
  }
  return rules.select(count)
}

/** `{name}` takes vars.name; a placeholder without a value stays as written, to be seen. */
function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  )
}

/** Whether the catalogue has this key: for text named by data (a parameter's key, say). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key)
}
