import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  elementDocs,
  readManifest,
  readTokens,
  renderThemingDocs,
  themingDocsFile,
  tokenDescription,
} from '../../../scripts/theming-docs.mjs'

// docs/theming.md is what designers read; it must say what tokens.css and the manifest say.
const themingExample = join(dirname(fileURLToPath(import.meta.url)), '../../../examples/theming')
const designerFiles = [
  themingDocsFile,
  ...readdirSync(themingExample)
    .filter((file) => file.endsWith('.css'))
    .map((file) => join(themingExample, file)),
]
describe('docs/theming.md', () => {
  it('is rendered from tokens.css and custom-elements.json (UPDATE_DOCS=1 rewrites it)', () => {
    const written = readFileSync(themingDocsFile, 'utf8')
    const rendered = renderThemingDocs(written)
    if (process.env.UPDATE_DOCS === '1') writeFileSync(themingDocsFile, rendered)
    expect(readFileSync(themingDocsFile, 'utf8')).toBe(rendered)
  })

  it('describes every token, and documents no token that tokens.css lacks', () => {
    const { tokens } = readTokens()
    const elements = elementDocs(readManifest())
    const undocumented = tokens.filter((token) => !tokenDescription(elements, token.name))
    expect(undocumented.map((token) => token.name)).toEqual([])
    const known = new Set(tokens.map((token) => token.name))
    const documented = elements.flatMap((element) =>
      (element.cssProperties ?? []).map((property) => `<${element.tagName}> ${property.name}`),
    )
    expect(documented.filter((entry) => !known.has(entry.split(' ')[1] ?? ''))).toEqual([])
  })

  it('can promise that theme="auto" in the dark is theme="dark"', () => {
    const { dark, auto } = readTokens()
    expect(Object.fromEntries(auto)).toEqual(Object.fromEntries(dark))
  })

  it('names every token --weship-<category>-<role> with a default', () => {
    const { tokens } = readTokens()
    expect(tokens.length).toBeGreaterThanOrEqual(20)
    for (const token of tokens) {
      expect(token.name).toMatch(/^--weship-[a-z]+(-[a-z]+)*$/)
      expect(token.light).not.toBe('')
    }
  })

  it('uses only real tokens and parts in its examples and in examples/theming', () => {
    const tokens = new Set(readTokens().tokens.map((token) => token.name))
    const parts = new Set(
      elementDocs(readManifest()).flatMap((element) =>
        (element.cssParts ?? []).map((part) => part.name),
      ),
    )
    for (const file of designerFiles) {
      const css = readFileSync(file, 'utf8')
      for (const [name] of css.matchAll(/--weship-[a-z-]*[a-z]/g)) {
        expect(tokens, `${file}: ${name}`).toContain(name)
      }
      for (const [, name = ''] of css.matchAll(/::part\(([\w-]+)\)/g)) {
        expect(parts, `${file}: ::part(${name})`).toContain(name)
      }
    }
  })
})
