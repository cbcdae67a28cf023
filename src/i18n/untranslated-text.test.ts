/**
 * Every word a component in the translated part of the UI shows goes through `t()`: a scan
 * of the .tsx sources for JSX text, and for string literals in the attributes people read
 * (aria-label, title, placeholder, alt, label), that hold words rather than symbols.
 * Parsed with the parser Vite builds with (rolldown's oxc), so the scan sees real JSX.
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseAst } from 'rolldown/parseAst'
import { describe, expect, it } from 'vitest'

const COMPONENTS = join(import.meta.dirname, '..', 'components')

/** Files other engineers own for now; the lead routes their text through t() afterwards. */
const NOT_YET = new Set<string>([])

const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-valuetext',
  'aria-description',
  'title',
  'placeholder',
  'alt',
  'label',
])

/** Symbols, digits, units, format and key names read the same in every language. */
const SAME_IN_EVERY_LANGUAGE = /^(?:[\s\d×⋯…·→←↗✓✗%:,.()#–—|/+-]|ms|SVG|PNG|JSON|Tab)*$/u

type Node = { readonly type: string; readonly start: number; readonly [k: string]: unknown }

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string'
}

function words(text: string): boolean {
  return !SAME_IN_EVERY_LANGUAGE.test(text) && /\p{L}/u.test(text)
}

/** Literal text reachable in an expression without passing through a call (t('key') is fine). */
function literalTexts(e: unknown): string[] {
  if (!isNode(e)) return []
  switch (e.type) {
    case 'Literal':
      return typeof e.value === 'string' ? [e.value] : []
    case 'TemplateLiteral':
      return [
        ...(e.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked),
        ...(e.expressions as unknown[]).flatMap(literalTexts),
      ]
    case 'ConditionalExpression':
      return [...literalTexts(e.consequent), ...literalTexts(e.alternate)]
    case 'LogicalExpression':
      return literalTexts(e.right)
    case 'ParenthesizedExpression':
      return literalTexts(e.expression)
    default:
      return []
  }
}

/** Each untranslated text in a .tsx source, with its line: `12: "Close"`. */
export function untranslated(source: string): string[] {
  const found: { at: number; text: string }[] = []
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!isNode(node)) return
    if (node.type === 'JSXText' && words(String(node.value))) {
      found.push({ at: node.start, text: String(node.value).trim() })
    }
    if (node.type === 'JSXExpressionContainer' && !isAttributeValue.has(node)) {
      for (const text of literalTexts(node.expression)) {
        if (words(text)) found.push({ at: node.start, text })
      }
    }
    if (node.type === 'JSXAttribute') {
      const name = (node.name as { name?: unknown }).name
      const value = node.value
      if (isNode(value)) isAttributeValue.add(value)
      if (typeof name === 'string' && READ_ATTRIBUTES.has(name) && isNode(value)) {
        const texts =
          value.type === 'Literal' ? [String(value.value)] : literalTexts(value.expression)
        for (const text of texts) if (words(text)) found.push({ at: value.start, text })
      }
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'type') visit(child)
  }
  const isAttributeValue = new WeakSet<object>()
  visit(parseAst(source, { lang: 'tsx' }))
  const lineOf = (at: number) => source.slice(0, at).split('\n').length
  return found.map((f) => `${lineOf(f.at)}: ${JSON.stringify(f.text)}`)
}

describe('untranslated text in components', () => {
  it('finds text, read attributes and literal choices that skip t()', () => {
    const source = [
      'const a = <p title="Go there">Hello {name}</p>',
      'const b = <button aria-label={`Open ${title}`}>{on ? "Pause" : "Play"}</button>',
      'const c = <ModalButton label="Explore" className="x y" />',
    ].join('\n')
    expect(untranslated(source)).toEqual([
      '1: "Go there"',
      '1: "Hello"',
      '2: "Open "',
      '2: "Pause"',
      '2: "Play"',
      '3: "Explore"',
    ])
  })

  it('lets t(), symbols, digits, units and class names through', () => {
    const source = [
      'const a = <p className="check-ok" title={t("a.b")}>✓ {t("checks.allHold")} ×</p>',
      'const b = <span aria-label={t("x", { id })}>{`${n}. `}ms SVG 1–9 →</span>',
    ].join('\n')
    expect(untranslated(source)).toEqual([])
  })

  // Folders too (layout/…): paths relative to src/components.
  const files = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.tsx') && !NOT_YET.has(f),
  )

  it.each(files)('%s shows no text that skips t()', (file) => {
    expect(untranslated(readFileSync(join(COMPONENTS, file), 'utf8'))).toEqual([])
  })
})
