import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// `pnpm typecheck` compiles type-tests/*.ts against the built package under `strict`; this keeps
// those files the same as the TypeScript the docs tell developers to paste.
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const firstBlock = (markdown: string, language = 'ts') =>
  new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``).exec(markdown)?.[1]
const withoutHeader = (source: string) => source.replace(/^(\/\/.*\n)+/, '')

describe('the TypeScript in the docs', () => {
  it.each([
    ['../../../README.md', '../type-tests/readme.ts'],
    ['../../../docs/getting-started.md', '../type-tests/getting-started.ts'],
    ['../../../docs/getting-started.md', '../type-tests/react-app.tsx', 'tsx'],
    ['../../../docs/events.md', '../type-tests/events.ts'],
  ])('%s is the code type-tests compile (%s)', (doc, typeTest, language = 'ts') => {
    const snippet = firstBlock(read(doc), language)
    expect(snippet).toContain("from '@weship/checkout'")
    expect(withoutHeader(read(typeTest))).toBe(snippet)
  })

  const stripeDoc = () => read('../../../docs/payments/stripe.md')
  const blocks = (markdown: string) =>
    [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1])

  it('docs/payments/stripe.md shows the merchant server that runs in the tests', () => {
    expect(blocks(stripeDoc())).toContain(
      read('../../../examples/stripe-server/pay-with-stripe.ts'),
    )
  })

  it('docs/payments/stripe.md shows the provider options type-tests compile', () => {
    expect(blocks(stripeDoc())).toContain(
      withoutHeader(read('../type-tests/stripe.ts')).trimStart(),
    )
  })

  it('docs/addresses.md is the code type-tests compile', () => {
    const snippet = firstBlock(read('../../../docs/addresses.md'))
    expect(snippet).toContain("from '@weship/checkout-core'")
    expect(withoutHeader(read('../type-tests/addresses.ts'))).toBe(snippet)
  })
})

// Every TypeScript and JavaScript block of the README and the docs (decision records aside) is
// compiled or run: it stands verbatim in a file that `pnpm typecheck` compiles or a test runs,
// after whatever that file declares for the snippet's context.
const repository = `${join(dirname(fileURLToPath(import.meta.url)), '../../..')}/`
const filesUnder = (dir: string, pattern: RegExp): string[] =>
  readdirSync(join(repository, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .filter((entry) => !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name))
const documents = [
  join(repository, 'README.md'),
  ...filesUnder('docs', /\.md$/).filter((path) => !path.includes('/adr/')),
  ...['core', 'elements', 'mock-server'].map((name) =>
    join(repository, `packages/${name}/README.md`),
  ),
]
const checkedFiles = [
  ...filesUnder('packages/elements/type-tests', /\.(ts|tsx|js)$/),
  ...filesUnder('examples', /\.(ts|tsx|js|mjs)$/),
].map((path) => readFileSync(path, 'utf8'))

describe('every code block of the README and the docs', () => {
  const blocks = documents.flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(/```(?:ts|tsx|js)\n([\s\S]*?)```/g)].map(
      (match) => [path.slice(repository.length), match[1] ?? ''] as const,
    ),
  )

  it.each(blocks)('%s: is compiled or run', (_doc, block) => {
    expect(
      checkedFiles.some((file) => file.includes(block)),
      block,
    ).toBe(true)
  })
})
