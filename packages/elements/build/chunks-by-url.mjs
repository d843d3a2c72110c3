// Plain JavaScript, like pick-json.mjs, so every Vite config can load it; types in
// chunks-by-url.d.mts.
import { dynamicImport } from './pinned-json.mjs'

/**
 * For the ES module's CDN build: a dynamic `import()` of a module whose resolved path matches
 * `match` becomes `import(import.meta.ROLLUP_FILE_URL_…)` of a chunk emitted for that module.
 * The chunk is the same; only the call changes, because Vite wraps every literal `import()` in
 * its preload helper, and a wrapped import in a chunk that several chunks share (the address
 * rules) moves that helper out of the entry into a chunk of its own that every product page
 * then fetches as well. Data modules import nothing, so they have nothing to preload.
 *
 * @param {{ match: RegExp, name: (id: string) => string }} options
 * @returns {import('vite').Plugin}
 */
export function chunksByUrl({ match, name }) {
  return {
    name: 'weship:chunks-by-url',
    enforce: 'pre',
    async transform(code, id) {
      let transformed = code
      for (const found of code.matchAll(dynamicImport)) {
        const resolved = await this.resolve(found[2] ?? '', id)
        if (!resolved || !match.test(resolved.id)) continue
        const ref = this.emitFile({ type: 'chunk', id: resolved.id, name: name(resolved.id) })
        transformed = transformed.replace(
          found[0],
          `import(/* @vite-ignore */ import.meta.ROLLUP_FILE_URL_${ref})`,
        )
      }
      return transformed === code ? null : { code: transformed, map: null }
    },
  }
}
