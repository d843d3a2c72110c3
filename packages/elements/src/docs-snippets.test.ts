import { readFileSync } from 'node:fs'
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
})
