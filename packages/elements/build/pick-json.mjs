// Plain JavaScript so that Vite configs in TypeScript and the Vendure example's Node script
// (examples/vendure/start-demo.mjs) can both load it; the types are in pick-json.d.mts.
import { readFileSync } from 'node:fs'

const prefix = '\0weship-pick-json:'

/**
 * `import part from './messages.json?pick=a,b.c'` gives an object of those top-level keys (or, as
 * `b.c`, of one key of a group) only, as a module of its own; `&omit=b.c` leaves keys of a picked
 * group out. A bundler cannot split one JSON module between chunks, so this is how the first load
 * carries only the English its elements speak, and the checkout's chunk the rest. Every Vite
 * that compiles the elements' sources needs it: their builds, their tests, and the Vendure
 * example's dev server.
 *
 * @param {{ whole?: boolean }} [options]
 * @returns {import('vite').Plugin}
 */
export function pickJson({ whole = false } = {}) {
  return {
    name: 'weship:pick-json',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const [path, query] = source.split('?pick=')
      if (query === undefined || path === undefined) return null
      const resolved = await this.resolve(path, importer, { ...options, skipSelf: true })
      // `whole`: a one-file build carries every part anyway, and one JSON object compresses
      // better than nine (ADR 0007), so every pick is the file itself, bundled once.
      if (whole) return resolved
      return resolved ? `${prefix}${resolved.id}?${query}` : null
    },
    load(id) {
      if (!id.startsWith(prefix)) return null
      const missing = (/** @type {string} */ path) => this.error(`${id} has no "${path}"`)
      const [file = '', query = ''] = id.slice(prefix.length).split('?')
      const [picks = '', omits = ''] = query.split('&omit=')
      /** @type {Record<string, unknown>} */
      const all = JSON.parse(readFileSync(file, 'utf8'))
      /** @type {Record<string, unknown>} */
      const picked = {}
      for (const path of picks.split(',')) copy(all, picked, path.split('.'), () => missing(path))
      for (const path of omits ? omits.split(',') : []) {
        const keys = path.split('.')
        const last = keys.pop() ?? ''
        const parent = keys.reduce((node, key) => (isObject(node) ? node[key] : undefined), picked)
        if (!isObject(parent) || !(last in parent)) missing(path)
        else delete parent[last]
      }
      this.addWatchFile(file)
      return `export default ${JSON.stringify(picked)}`
    },
  }
}

/** @returns {value is Record<string, unknown>} */
function isObject(/** @type {unknown} */ value) {
  return typeof value === 'object' && value !== null
}

/** Copies the value at `keys` from `from` into `to`, making the groups on the way. */
function copy(
  /** @type {Record<string, unknown>} */ from,
  /** @type {Record<string, unknown>} */ to,
  /** @type {string[]} */ keys,
  /** @type {() => void} */ missing,
) {
  const [key = '', ...rest] = keys
  if (!(key in from)) return missing()
  const value = from[key]
  if (rest.length === 0) {
    to[key] = isObject(value) ? structuredClone(value) : value
    return
  }
  if (!isObject(value)) return missing()
  const group = isObject(to[key]) ? to[key] : {}
  to[key] = group
  copy(value, group, rest, missing)
}
