import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from './server/start-mock-server.js'

// docs/adapter.md's conformance example is examples/adapter-conformance/…test.ts, verbatim; this
// runs it as a developer would (its own vitest, the built @weship/checkout-core) against a
// mock server, so the example's shape, helpers and demo data are proven, not only compiled.
const root = join(import.meta.dirname, '../../..')
const example = join(root, 'examples/adapter-conformance/my-backend.conformance.test.ts')

let server: MockServer | undefined
beforeAll(async () => {
  server = await startMockServer({ port: 0, paymentPort: 0, host: '127.0.0.1', dev: true })
})
afterAll(async () => {
  await server?.close()
})

interface Report {
  success: boolean
  numPassedTests: number
  numPendingTests: number
  numFailedTests: number
}

describe('the conformance example of docs/adapter.md', () => {
  it('is the file that runs here', () => {
    const doc = readFileSync(join(root, 'docs/adapter.md'), 'utf8')
    const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1])
    expect(blocks).toContain(readFileSync(example, 'utf8'))
  })

  it('passes against the mock server, optional parts included', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--root',
        join(root, 'examples/adapter-conformance'),
        '--reporter=json',
      ],
      { env: { ...process.env, SHOP_URL: server?.url, PAYMENT_URL: server?.paymentUrl } },
    )
    const report = JSON.parse(stdout) as Report
    expect(report.numFailedTests).toBe(0)
    // Every part but Stripe's (the mock shop lists no Stripe method): 30 passed on writing.
    expect(report.numPassedTests).toBeGreaterThanOrEqual(30)
    expect(report.success).toBe(true)
  }, 120_000)
})
