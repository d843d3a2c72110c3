// Plain JavaScript like lean-preload.mjs, so that the Vite config can load it without a build.
import { parseSync, Visitor } from 'vite'

const i18nextModule = /[\\/]i18next[\\/]dist[\\/]esm[\\/]i18next\.js$/
// i18next's Logger prints these only when the instance has `debug: true`, which ours never set
// (translator.ts): `forward(args, lvl, prefix, debugOnly)` returns before printing, and `once`
// before forwarding. `error` always prints and keeps its words.
const debugOnly = new Set(['log', 'warn', 'deprecate'])
const loggerGuards = [
  "log(...args) {\n    return this.forward(args, 'log', '', true);",
  "warn(...args) {\n    return this.forward(args, 'warn', '', true);",
  "deprecate(...args) {\n    return this.forward(args, 'warn', 'WARNING DEPRECATED: ', true);",
  'if (!this.debug || this.seen.has(key)',
  'if (debugOnly && !this.debug) return null;',
]

/** A template string whose `${…}` parts only read names (`${method}`, `${this.prefix}`). */
function onlyReadsNames(template) {
  const reads = (node) =>
    node.type === 'Identifier' ||
    node.type === 'ThisExpression' ||
    (node.type === 'MemberExpression' && !node.computed && reads(node.object))
  return template.expressions.every(reads)
}

/** The messages of one call if it is a debug-only logger call: the argument nodes. */
function debugOnlyMessages(node) {
  const callee = node.callee
  if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return []
  const target = callee.object
  const isLogger =
    (target.type === 'Identifier' && /logger$/i.test(target.name)) ||
    (target.type === 'MemberExpression' && target.property.name === 'logger')
  if (!isLogger) return []
  const name = callee.property.name
  // once(key, level, ...words): the key and the level stay, the words go.
  const words =
    name === 'once' && debugOnly.has(node.arguments[1]?.value)
      ? node.arguments.slice(2)
      : debugOnly.has(name)
        ? node.arguments
        : []
  return words.filter(
    (argument) =>
      (argument.type === 'TemplateLiteral' && onlyReadsNames(argument)) ||
      (argument.type === 'Literal' && typeof argument.value === 'string' && argument.value !== ''),
  )
}

/**
 * `''` in the place of `text`, padded with spaces and keeping its line breaks, so that every
 * line and column of the module stays where it was and its source map needs no change.
 */
function emptyString(text) {
  return `''${text.slice(2).replace(/[^\n]/g, ' ')}`
}

/**
 * Empties the messages of i18next's debug-only log calls in the CDN build: words no shopper's
 * browser ever prints, since the widget's instances never turn on i18next's `debug`
 * (translator.ts). What runs is unchanged: the same calls, with `''` for the words. Messages
 * whose `${…}` parts run code stay as they are. The build fails if i18next's Logger stops
 * guarding those calls by `debug`, or if no message is found.
 *
 * @returns {import('vite').Plugin}
 */
export function quietI18next() {
  let emptied = 0
  return {
    name: 'weship:quiet-i18next',
    transform: {
      filter: { id: i18nextModule },
      handler(code, id) {
        const missing = loggerGuards.filter((guard) => !code.includes(guard))
        if (missing.length > 0) {
          this.error(`i18next's Logger changed (${missing[0]}): check quietI18next against it.`)
        }
        const messages = []
        new Visitor({
          CallExpression(node) {
            messages.push(...debugOnlyMessages(node))
          },
        }).visit(parseSync(id, code).program)
        let out = ''
        let at = 0
        for (const { start, end } of messages.sort((a, b) => a.start - b.start)) {
          const text = code.slice(start, end)
          // Offsets in another unit than the string's (bytes, not UTF-16) would cut elsewhere.
          if (!/^(['"`])[\s\S]*\1$/.test(text)) this.error(`quietI18next cut a call wrong: ${text}`)
          out += code.slice(at, start) + emptyString(text)
          at = end
        }
        emptied += messages.length
        return { code: out + code.slice(at), map: null }
      },
    },
    buildEnd() {
      if (emptied === 0) this.error('quietI18next found no debug-only message in i18next.')
    },
  }
}
