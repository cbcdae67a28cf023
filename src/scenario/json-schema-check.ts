/**
 * A tiny JSON Schema checker for tests: just the keywords our generated schemas use, so a
 * test can hold examples and gallery scenarios to the published file itself, not only to
 * the zod schema it came from. A keyword it does not know is an error, never skipped.
 */

type Schema = boolean | { readonly [keyword: string]: unknown }

const ANNOTATIONS = new Set(['$id', '$schema', 'title', 'description', 'default'])

/** The problems of `value` against `root`, each as `path: what`; empty when it conforms. */
export function jsonSchemaProblems(root: Schema, value: unknown): string[] {
  const problems: string[] = []
  check(root, value, '$', root, problems)
  return problems
}

function check(schema: Schema, value: unknown, path: string, root: Schema, out: string[]) {
  if (schema === true) return
  if (schema === false) return void out.push(`${path}: not allowed`)
  for (const [keyword, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue
    const problem = KEYWORDS[keyword]
    if (problem === undefined) throw new Error(`json-schema-check: unknown keyword ${keyword}`)
    problem(arg as never, value, { path, root, out, schema })
  }
}

interface Where {
  readonly path: string
  readonly root: Schema
  readonly out: string[]
  readonly schema: { readonly [keyword: string]: unknown }
}

type Keyword = (arg: never, value: unknown, where: Where) => void

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const conforms = (schema: Schema, value: unknown, root: Schema) => {
  const out: string[] = []
  check(schema, value, '', root, out)
  return out.length === 0
}

const fail = (where: Where, what: string) => void where.out.push(`${where.path}: ${what}`)

const KEYWORDS: Record<string, Keyword> = {
  type: (type: string, v, w) => {
    const ok = {
      object: isObject(v),
      array: Array.isArray(v),
      string: typeof v === 'string',
      number: typeof v === 'number' && Number.isFinite(v),
      integer: Number.isInteger(v),
      boolean: typeof v === 'boolean',
      null: v === null,
    }[type]
    if (ok !== true) fail(w, `must be of type ${type}`)
  },
  const: (c: unknown, v, w) => {
    if (JSON.stringify(c) !== JSON.stringify(v)) fail(w, `must be ${JSON.stringify(c)}`)
  },
  enum: (values: unknown[], v, w) => {
    if (!values.some((e) => JSON.stringify(e) === JSON.stringify(v))) fail(w, 'not in the enum')
  },
  minimum: (n: number, v, w) => void (typeof v === 'number' && v < n && fail(w, `< ${n}`)),
  maximum: (n: number, v, w) => void (typeof v === 'number' && v > n && fail(w, `> ${n}`)),
  minLength: (n: number, v, w) =>
    void (typeof v === 'string' && [...v].length < n && fail(w, `shorter than ${n}`)),
  maxLength: (n: number, v, w) =>
    void (typeof v === 'string' && [...v].length > n && fail(w, `longer than ${n}`)),
  pattern: (p: string, v, w) =>
    void (typeof v === 'string' && !new RegExp(p, 'u').test(v) && fail(w, `does not match ${p}`)),
  minItems: (n: number, v, w) =>
    void (Array.isArray(v) && v.length < n && fail(w, `fewer than ${n} items`)),
  maxItems: (n: number, v, w) =>
    void (Array.isArray(v) && v.length > n && fail(w, `more than ${n} items`)),
  prefixItems: (schemas: Schema[], v, w) => {
    if (!Array.isArray(v)) return
    schemas.forEach((s, i) => i < v.length && check(s, v[i], `${w.path}[${i}]`, w.root, w.out))
  },
  items: (s: Schema, v, w) => {
    if (!Array.isArray(v)) return
    const from = Array.isArray(w.schema['prefixItems']) ? w.schema['prefixItems'].length : 0
    for (let i = from; i < v.length; i++) check(s, v[i], `${w.path}[${i}]`, w.root, w.out)
  },
  required: (keys: string[], v, w) => {
    if (!isObject(v)) return
    for (const key of keys) if (!Object.hasOwn(v, key)) fail(w, `misses ${key}`)
  },
  properties: (props: Record<string, Schema>, v, w) => {
    if (!isObject(v)) return
    for (const [key, s] of Object.entries(props)) {
      if (Object.hasOwn(v, key)) check(s, v[key], `${w.path}.${key}`, w.root, w.out)
    }
  },
  additionalProperties: (s: Schema, v, w) => {
    if (!isObject(v)) return
    const known = isObject(w.schema['properties']) ? w.schema['properties'] : {}
    for (const key of Object.keys(v)) {
      if (!Object.hasOwn(known, key)) check(s, v[key], `${w.path}.${key}`, w.root, w.out)
    }
  },
  propertyNames: (s: Schema, v, w) => {
    if (!isObject(v)) return
    for (const key of Object.keys(v)) check(s, key, `${w.path} key ${key}`, w.root, w.out)
  },
  anyOf: (schemas: Schema[], v, w) => {
    if (!schemas.some((s) => conforms(s, v, w.root))) fail(w, 'matches none of anyOf')
  },
  oneOf: (schemas: Schema[], v, w) => {
    const matches = schemas.filter((s) => conforms(s, v, w.root)).length
    if (matches !== 1) fail(w, `matches ${matches} of oneOf, not exactly one`)
  },
  not: (s: Schema, v, w) => void (conforms(s, v, w.root) && fail(w, 'matches "not"')),
  $ref: (ref: string, v, w) => {
    const match = /^#\/\$defs\/(.+)$/.exec(ref)
    const defs = isObject(w.root) ? w.root['$defs'] : undefined
    const target = match && isObject(defs) ? (defs[match[1]!] as Schema | undefined) : undefined
    if (target === undefined) throw new Error(`json-schema-check: cannot resolve ${ref}`)
    check(target, v, w.path, w.root, w.out)
  },
}
