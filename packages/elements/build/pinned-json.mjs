// Plain JavaScript, like pick-json.mjs, so every Vite config can load it; types in
// pinned-json.d.mts.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'

export const dynamicImport = /\bimport\(\s*(['"])([^'"]+)\1\s*(?:,\s*\{[^()]*\}\s*)?\)/g

/**
 * For the classic CDN script, which cannot load chunks: a dynamic `import()` of a module in one
 * of `folders` becomes `fetchPinnedJson(path, integrity)` (from `runtime`); the module's data
 * (`json(text)` gives it from the file's text) is emitted beside the script as
 * `<out>/<name>-<hash>.json`, and its SHA-384 is written into the call. The script's entry
 * remembers where it was loaded from, so the paths resolve beside it.
 *
 * @param {{ runtime: string, folders: { match: RegExp, out: string, json: (text: string) => string }[] }} options
 * @returns {import('vite').Plugin}
 */
export function pinnedJson({ runtime, folders }) {
  return {
    name: 'weship:pinned-json',
    enforce: 'pre',
    async transform(code, id) {
      const isEntry = this.getModuleInfo(id)?.isEntry === true
      const calls = []
      for (const match of code.matchAll(dynamicImport)) {
        const resolved = await this.resolve(match[2] ?? '', id)
        const folder = resolved && folders.find(({ match: test }) => test.test(resolved.id))
        if (!resolved || !folder) continue
        const source = folder.json(readFileSync(resolved.id, 'utf8'))
        // A name per content, like the chunks': a cached script never meets another build's file.
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8)
        const name = basename(resolved.id, extname(resolved.id))
        const fileName = `${folder.out}/${name}-${hash}.json`
        this.emitFile({ type: 'asset', fileName, source })
        const integrity = `sha384-${createHash('sha384').update(source).digest('base64')}`
        calls.push({
          text: match[0],
          call: `__weshipPinnedJson(${JSON.stringify(fileName)}, ${JSON.stringify(integrity)})`,
        })
      }
      if (!isEntry && calls.length === 0) return null
      let transformed = code
      for (const { text, call } of calls) transformed = transformed.replace(text, call)
      const imports = `import { fetchPinnedJson as __weshipPinnedJson, rememberScriptUrl as __weshipRememberScriptUrl } from ${JSON.stringify(runtime)};\n`
      const remember = isEntry ? '__weshipRememberScriptUrl();\n' : ''
      return { code: `${imports}${remember}${transformed}`, map: null }
    },
  }
}
