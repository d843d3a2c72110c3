// Plain JavaScript, like pick-json.mjs, so every Vite config can load it; types in
// pinned-json.d.mts.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

const dynamicJsonImport =
  /\bimport\(\s*(['"])([^'"]+\.json)\1\s*(?:,\s*\{\s*with\s*:\s*\{[^}]*\}\s*\}\s*)?\)/g

/**
 * For the classic CDN script, which cannot load chunks: a dynamic `import()` of a JSON file in
 * one of `folders` becomes `fetchPinnedJson(path, integrity)` (from `runtime`), the file is
 * emitted beside the script as `<out>/<name>-<hash>.json`, and its SHA-384 is written into the
 * call.
 * The script's entry remembers where it was loaded from, so the paths resolve beside it.
 *
 * @param {{ runtime: string, folders: { match: RegExp, out: string }[] }} options
 * @returns {import('vite').Plugin}
 */
export function pinnedJson({ runtime, folders }) {
  return {
    name: 'weship:pinned-json',
    enforce: 'pre',
    async transform(code, id) {
      const isEntry = this.getModuleInfo(id)?.isEntry === true
      const found = [...code.matchAll(dynamicJsonImport)]
      if (!isEntry && found.length === 0) return null
      const calls = []
      for (const match of found) {
        const resolved = await this.resolve(match[2] ?? '', id)
        const folder = resolved && folders.find(({ match: test }) => test.test(resolved.id))
        if (!resolved || !folder) continue
        const source = JSON.stringify(JSON.parse(readFileSync(resolved.id, 'utf8')))
        // A name per content, like the chunks': a cached script never meets another build's file.
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8)
        const fileName = `${folder.out}/${basename(resolved.id, '.json')}-${hash}.json`
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
