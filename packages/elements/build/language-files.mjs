// Plain JavaScript, like pick-json.mjs, so the Vite config can load it; types in the .d.mts.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const localesDir = fileURLToPath(new URL('../../core/src/locales/', import.meta.url))
const virtualId = 'virtual:weship-language-files'
const resolvedVirtualId = `\0${virtualId}`
const fetchLoaders = fileURLToPath(new URL('../src/i18n/language-fetch.ts', import.meta.url))
const moduleLoaders = fileURLToPath(new URL('../src/i18n/language-modules.ts', import.meta.url))

/** Every locale file of the widget besides English: its tag and minified messages. */
export function widgetLanguageFiles() {
  return readdirSync(localesDir)
    .filter((file) => file.endsWith('.json') && file !== 'en.json')
    .sort()
    .map((file) => ({
      locale: file.replace(/\.json$/, ''),
      json: JSON.stringify(JSON.parse(readFileSync(`${localesDir}${file}`, 'utf8'))),
    }))
}

/**
 * The pseudo-locale's messages (`en-XA`), made from the whole of English at build time: a file
 * like any language's, so the first load holds no code for it. Core is built before the elements.
 */
export async function pseudoLanguageFile() {
  const { pseudoLocale, pseudoLocalize } = await import('@weship/checkout-core')
  const english = JSON.parse(readFileSync(`${localesDir}en.json`, 'utf8'))
  return { locale: pseudoLocale, json: JSON.stringify(pseudoLocalize(english)) }
}

/**
 * For the classic script (IIFE), which cannot import chunks: writes each language as
 * `languages/<locale>-<hash>.json` beside the script and builds their SRI hashes into it
 * (`virtual:weship-language-files`), in place of the chunk loaders (`language-loaders.ts` →
 * `language-fetch.ts`). A merchant who pins the script's hash so pins every language it fetches.
 *
 * @returns {import('vite').Plugin}
 */
export function languageFiles() {
  /** @type {Record<string, [string, string]>} */
  const files = {}
  return {
    name: 'weship:language-files',
    enforce: 'pre',
    async buildStart() {
      for (const { locale, json } of [...widgetLanguageFiles(), await pseudoLanguageFile()]) {
        const hash = createHash('sha256').update(json).digest('base64url').slice(0, 8)
        const fileName = `languages/${locale}-${hash}.json`
        const integrity = `sha384-${createHash('sha384').update(json).digest('base64')}`
        files[locale] = [fileName, integrity]
        this.emitFile({ type: 'asset', fileName, source: json })
        this.addWatchFile(`${localesDir}${locale}.json`)
      }
    },
    resolveId(source, importer) {
      if (source === virtualId) return resolvedVirtualId
      if (source === './language-loaders.js' && importer?.endsWith('/i18n/translator.ts')) {
        return fetchLoaders
      }
      return null
    },
    load(id) {
      return id === resolvedVirtualId ? `export default ${JSON.stringify(files)}` : null
    },
  }
}

/**
 * For the ES module: each language is `chunks/<locale>.mjs`, imported by a path made from its
 * tag (`language-modules.ts` in place of `language-loaders.ts`), so the first load carries the
 * list of locales and one loader, not one loader per language. The path is relative to the
 * module that imports, so that module must stay in the entry: the build fails otherwise.
 *
 * @returns {import('vite').Plugin}
 */
export function languageModules() {
  return {
    name: 'weship:language-modules',
    enforce: 'pre',
    async buildStart() {
      for (const { locale } of widgetLanguageFiles()) {
        this.emitFile({
          type: 'chunk',
          id: `${localesDir}${locale}.json`,
          fileName: `chunks/${locale}.mjs`,
          preserveSignature: 'strict',
        })
      }
      const pseudo = await pseudoLanguageFile()
      const source = `export default ${pseudo.json}\n`
      this.emitFile({ type: 'asset', fileName: `chunks/${pseudo.locale}.mjs`, source })
    },
    resolveId(source, importer) {
      if (source === './language-loaders.js' && importer?.endsWith('/i18n/translator.ts')) {
        return moduleLoaders
      }
      return null
    },
    generateBundle(_options, bundle) {
      const host = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.moduleIds.includes(moduleLoaders),
      )
      if (host?.type !== 'chunk' || !host.isEntry) {
        this.error(`language-modules.ts left the entry (in ${host?.fileName}): languages would 404`)
      }
    },
  }
}
