import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

const prefix = '\0weship-pick-json:'

/**
 * `import part from './messages.json?pick=a,b'` gives an object of those top-level keys only, as
 * a module of its own. A bundler cannot split one JSON module between chunks, so this is how the
 * first load carries only the English its elements speak, and the checkout's chunk the rest.
 */
export function pickJson(): Plugin {
  return {
    name: 'weship:pick-json',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const [path, query] = source.split('?pick=')
      if (query === undefined || path === undefined) return null
      const resolved = await this.resolve(path, importer, { ...options, skipSelf: true })
      return resolved ? `${prefix}${resolved.id}?${query}` : null
    },
    load(id) {
      if (!id.startsWith(prefix)) return null
      const [file = '', query = ''] = id.slice(prefix.length).split('?')
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
      const picked: Record<string, unknown> = {}
      for (const key of query.split(',')) {
        if (!(key in all)) this.error(`${file} has no "${key}" to pick`)
        picked[key] = all[key]
      }
      this.addWatchFile(file)
      return `export default ${JSON.stringify(picked)}`
    },
  }
}
