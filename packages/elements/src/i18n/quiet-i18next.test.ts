import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { quietI18next } from '../../build/quiet-i18next.mjs'

// The i18next the CDN build bundles, as the plugin meets it.
const require = createRequire(import.meta.url)
const id = join(dirname(require.resolve('i18next/package.json')), 'dist/esm/i18next.js')
const source = readFileSync(id, 'utf8')

type Handler = (this: { error(message: string): never }, code: string, id: string) => unknown
function quiet(code: string): string {
  const hook = quietI18next().transform as { handler: Handler }
  const context = {
    error(message: string): never {
      throw new Error(message)
    },
  }
  return (hook.handler.call(context, code, id) as { code: string }).code
}

// Inside the workspace: the test runner imports modules from there only.
const cache = join(import.meta.dirname, '../../node_modules/.cache')
mkdirSync(cache, { recursive: true })
const folder = mkdtempSync(join(cache, 'quiet-i18next-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('quietI18next (CDN build)', () => {
  const quieted = quiet(source)

  it("drops the words of i18next's debug-only log calls, not of its errors or answers", () => {
    expect(source).toContain('accessing an object - but returnObjects options is not enabled!')
    expect(quieted).not.toContain('accessing an object - but returnObjects options is not enabled!')
    expect(quieted).toContain("this.logger.error('No Intl support, please use an Intl polyfill!')")
    // What t() answers for an object is no log message: it stays.
    expect(quieted).toContain('returned an object instead of string.')
  })

  it('keeps every line and column where it was, so the source map stays true', () => {
    const lines = (code: string) => code.split('\n').map((line) => line.trimEnd().length > 0)
    expect(quieted.length).toBe(source.length)
    expect(quieted.split('\n')).toHaveLength(source.split('\n').length)
    expect(lines(quieted)).toEqual(lines(source))
  })

  it('translates as before, and says nothing of it without debug', async () => {
    const file = join(folder, 'i18next.mjs')
    writeFileSync(file, quieted)
    const { createInstance } = (await import(/* @vite-ignore */ file)) as typeof import('i18next')
    const i18n = createInstance()
    const warnings: unknown[] = []
    i18n.use({
      type: 'logger',
      log: () => {},
      warn: (args: unknown[]) => warnings.push(args),
      error: () => {},
    })
    await i18n.init({
      lng: 'en',
      resources: {
        en: {
          translation: {
            items_one: '{{count}} item',
            items_other: '{{count}} items',
            group: { a: 'A' },
          },
        },
      },
      interpolation: { escapeValue: false },
    })
    expect([1, 2].map((count) => i18n.t('items', { count }))).toEqual(['1 item', '2 items'])
    expect(i18n.t('missing')).toBe('missing')
    i18n.t('group')
    expect(warnings).toEqual([])
  })

  it('fails the build when i18next stops guarding those calls by its debug option', () => {
    const unguarded = source.replace('if (debugOnly && !this.debug) return null;', '')
    expect(() => quiet(unguarded)).toThrow(/Logger changed/)
  })
})
