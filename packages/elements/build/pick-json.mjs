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
      const [file = '', query = ''] = id.slice(prefix.length).split('?')
      const [picks = '', omits = ''] = query.split('&omit=')
      /** @type {Record<string, Record<string, unknown>>} */
      const all = JSON.parse(readFileSync(file, 'utf8'))
      /** @type {Record<string, Record<string, unknown>>} */
      const picked = {}
      const missing = (/** @type {string} */ path) => this.error(`${file} has no "${path}"`)
      for (const path of picks.split(',')) {
        const [group = '', key] = path.split('.')
        if (!(group in all) || (key && !(key in (all[group] ?? {})))) missing(path)
        picked[group] = key ? { ...picked[group], [key]: all[group]?.[key] } : { ...all[group] }
      }
      for (const path of omits ? omits.split(',') : []) {
        const [group = '', key = ''] = path.split('.')
        if (!picked[group] || !(key in picked[group])) missing(path)
        delete picked[group]?.[key]
      }
      this.addWatchFile(file)
      return `export default ${JSON.stringify(picked)}`
    },
  }
}
