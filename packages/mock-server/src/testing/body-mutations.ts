import fc from 'fast-check'
import {
  hostileValue,
  type Json,
  PROTOTYPE_KEYS,
  TAMPERING_KEYS,
  withOwnKey,
} from './hostile-values.js'

/**
 * One change to a valid body. Fields are picked by index among the body's own paths, so a
 * mutation means something for whatever body the route takes.
 */
export type Mutation =
  | { kind: 'set'; at: number; value: Json }
  | { kind: 'drop'; at: number }
  | { kind: 'add'; at: number; key: string; value: Json }
  | { kind: 'perturb'; at: number; how: Perturbation; size: number }
  | { kind: 'replace'; value: Json }
  | { kind: 'wrap' }

/** Changes to a valid value that keep its look: the inputs a loose check lets through. */
const perturbations = ['inflate', 'negate', 'fraction', 'repeat', 'case', 'pad', 'retype'] as const
type Perturbation = (typeof perturbations)[number]

const extraKey = fc.oneof(
  fc.constantFrom(...TAMPERING_KEYS),
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.string({ maxLength: 12 }),
)
const tamperedValue = fc.oneof(
  hostileValue,
  fc.constantFrom<Json>({ amount: 1, currency: 'EUR' }, { amount: -100, currency: 'JPY' }, 0, 1),
)

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: hostileValue }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      at: fc.nat(),
      key: extraKey,
      value: tamperedValue,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('perturb' as const),
      at: fc.nat(),
      how: fc.constantFrom(...perturbations),
      size: fc.constantFrom(3, 12, 25, 40),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), value: hostileValue }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'wrap' as const }) },
)

type Path = (string | number)[]

/** The body after the mutations, as a fresh value (the valid body is left untouched). */
export function applyMutations(valid: Json, mutations: readonly Mutation[]): Json {
  let body: Json = structuredClone(valid)
  for (const change of mutations) {
    // Generated values may be shared between mutations: copies keep the body a tree.
    if (change.kind === 'replace') body = structuredClone(change.value)
    else if (change.kind === 'wrap') body = [body]
    else if (change.kind === 'drop') body = applyAt(body, change)
    else if (change.kind === 'perturb') body = perturbAt(body, change)
    else body = applyAt(body, { ...change, value: structuredClone(change.value) })
  }
  return body
}

function perturbAt(body: Json, change: Extract<Mutation, { kind: 'perturb' }>): Json {
  const paths = pathsOf(body)
  const leaves = paths.filter((path) => isLeaf(valueAt(body, path)))
  const path = leaves[change.at % leaves.length]
  if (!path) return body
  const value = perturb(valueAt(body, path) ?? null, change.how, change.size)
  return applyAt(body, { kind: 'set', at: paths.indexOf(path), value })
}

function perturb(value: Json, how: Perturbation, size: number): Json {
  const nines = '9'.repeat(size)
  if (typeof value === 'number') {
    if (how === 'inflate') return Number(nines)
    if (how === 'negate') return -value - 1
    if (how === 'fraction') return value + 0.5
    return how === 'retype' ? String(value) : value * 10 ** size
  }
  const text = String(value)
  if (how === 'inflate') return /\d/.test(text) ? text.replace(/\d+/g, nines) : text + nines
  if (how === 'negate') return `-${text}`
  if (how === 'fraction') return `${text}.5`
  if (how === 'repeat') return text.repeat(size * 10)
  if (how === 'case') return text === text.toLowerCase() ? text.toUpperCase() : text.toLowerCase()
  if (how === 'pad') return `\u0000 ${text} \t`
  return typeof value === 'boolean' ? String(value) : Number(text) || text.length
}

const isLeaf = (value: Json | undefined) => value === null || typeof value !== 'object'

function applyAt(body: Json, change: Extract<Mutation, { kind: 'set' | 'drop' | 'add' }>): Json {
  const paths = pathsOf(body)
  const path = paths[change.at % paths.length] ?? []
  if (change.kind === 'add') {
    const target = containerAt(body, path)
    if (target && !Array.isArray(target)) withOwnKey(target, change.key, change.value)
    return body
  }
  if (path.length === 0) return change.kind === 'set' ? change.value : null
  const parent = containerAt(body, path.slice(0, -1))
  const key = path[path.length - 1] ?? ''
  if (Array.isArray(parent) && typeof key === 'number') {
    if (change.kind === 'set') parent[key] = change.value
    else parent.splice(key, 1)
  } else if (parent && !Array.isArray(parent)) {
    if (change.kind === 'set') withOwnKey(parent, String(key), change.value)
    else delete parent[String(key)]
  }
  return body
}

/** Paths in the value, the root first; a body's fields are shallow, hostile nesting is not. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix]
  if (prefix.length >= 4) return paths
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) paths.push(...pathsOf(item, [...prefix, index]))
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]))
  }
  return paths
}

function valueAt(value: Json, path: Path): Json | undefined {
  const parent = path.length === 0 ? undefined : containerAt(value, path.slice(0, -1))
  if (path.length === 0) return value
  const key = path[path.length - 1] ?? ''
  return Array.isArray(parent) ? parent[Number(key)] : parent?.[String(key)]
}

function containerAt(value: Json, path: Path): Json[] | { [key: string]: Json } | undefined {
  let current: Json | undefined = value
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = Array.isArray(current) ? current[Number(key)] : current[String(key)]
  }
  return current !== null && typeof current === 'object' ? current : undefined
}
