// Renders the generated tables of docs/theming.md from the sources designers rely on: the token
// defaults in tokens.css and the parts and token descriptions in custom-elements.json.
// packages/elements/src/theming-docs.test.ts compares the doc with this; UPDATE_DOCS=1 rewrites it.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const themingDocsFile = join(root, 'docs/theming.md')
export const tokensFile = join(root, 'packages/elements/src/styles/tokens.css')
export const manifestFile = join(root, 'packages/elements/dist/custom-elements.json')

const declaration = /(--_[\w-]+):\s*var\(\s*--weship-([\w-]+)\s*,\s*([^;]*)\)\s*;/g

/** The declarations of the first rule whose selector is exactly `selector`. */
function ruleBody(css, selector) {
  const start = css.indexOf(`${selector} {`)
  if (start === -1) throw new Error(`tokens.css has no \`${selector} {\` rule`)
  return css.slice(start, css.indexOf('}', start))
}

/** `{ name: default }` for every public token a rule reads, private names mapped back to public. */
function tokenDefaults(body, publicNames) {
  const defaults = new Map()
  for (const [, , name, fallback] of body.matchAll(declaration)) {
    const readable = fallback
      .replaceAll(/\s+/g, ' ')
      .replaceAll(/var\((--_[\w-]+)\)/g, (match, local) =>
        publicNames.has(local) ? `var(--weship-${publicNames.get(local)})` : match,
      )
      .trim()
    defaults.set(name, readable)
  }
  return defaults
}

/**
 * Every public token with its light and dark defaults, in the order tokens.css declares them.
 * `auto` is the dark rule again inside a media query, so it has no column of its own.
 */
export function readTokens(css = readFileSync(tokensFile, 'utf8')) {
  const publicNames = new Map(
    [...css.matchAll(declaration)].map(([, local, name]) => [local, name]),
  )
  const light = tokenDefaults(ruleBody(css, ':host'), publicNames)
  const dark = tokenDefaults(ruleBody(css, ':host([theme="dark"])'), publicNames)
  const auto = tokenDefaults(ruleBody(css, ':host([theme="auto"])'), publicNames)
  return {
    tokens: [...light].map(([name, lightDefault]) => ({
      name: `--weship-${name}`,
      light: lightDefault,
      dark: dark.get(name) ?? null,
    })),
    dark,
    auto,
  }
}

export function readManifest(file = manifestFile) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (cause) {
    throw new Error(
      `${file} is unreadable: it is built from the element doc blocks by ` +
        '`npx --yes pnpm@12 build`. Build, then run again.',
      { cause },
    )
  }
}

/** The documented elements, `<weship-checkout>` first: it is the one designers theme most. */
export function elementDocs(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
  return elements.sort(
    (a, b) => Number(b.tagName === 'weship-checkout') - Number(a.tagName === 'weship-checkout'),
  )
}

/** What a token styles, from the first element that documents it (`<weship-checkout>`'s words). */
export function tokenDescription(elements, token) {
  for (const element of elements) {
    const property = (element.cssProperties ?? []).find((item) => item.name === token)
    if (property?.description) return property.description
  }
  return null
}

const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ')
const code = (text) => `\`${cell(text)}\``
/** A Markdown table with padded columns, as Biome's Markdown formatter writes it. */
function table(head, rows) {
  const widths = head.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => row[column].length)),
  )
  const line = (cells) =>
    `| ${cells.map((text, column) => text.padEnd(widths[column])).join(' | ')} |`
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')
}

function tokensTable(tokens, elements) {
  return table(
    ['Token', 'Styles', 'Light default', 'Dark default'],
    tokens.map((token) => [
      code(token.name),
      cell(tokenDescription(elements, token.name) ?? '(undocumented)'),
      code(token.light),
      token.dark === null ? 'same as light' : code(token.dark),
    ]),
  )
}

function partsTables(elements) {
  return elements
    .map((element) =>
      [
        `### \`<${element.tagName}>\``,
        '',
        table(
          ['Part', 'What it is'],
          (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description ?? '')]),
        ),
      ].join('\n'),
    )
    .join('\n\n')
}

function replaceSection(doc, name, body) {
  const start = `<!-- generated:${name} -->`
  const end = `<!-- /generated:${name} -->`
  const from = doc.indexOf(start)
  const to = doc.indexOf(end)
  if (from === -1 || to < from) throw new Error(`docs/theming.md lacks ${start} … ${end}`)
  return `${doc.slice(0, from + start.length)}\n\n${body}\n\n${doc.slice(to)}`
}

/** The doc with its generated sections rendered from the current sources. */
export function renderThemingDocs(
  doc = readFileSync(themingDocsFile, 'utf8'),
  { tokens = readTokens().tokens, manifest = readManifest() } = {},
) {
  const elements = elementDocs(manifest)
  const withTokens = replaceSection(doc, 'tokens', tokensTable(tokens, elements))
  return replaceSection(withTokens, 'parts', partsTables(elements))
}
