import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseDemoOptions, pointExamplesAt } from './demo-options.mjs'

describe('the demo’s ports', () => {
  it('default to 4010, 4011 and 5173', () => {
    expect(parseDemoOptions([], {})).toEqual({ apiPort: 4010, paymentPort: 4011, sitePort: 5173 })
  })

  it('come from flags or environment variables, flags first', () => {
    const env = { WESHIP_API_PORT: '4100', WESHIP_SITE_PORT: '5200' }
    expect(parseDemoOptions(['--', '--site-port', '5300', '--payment-port=4101'], env)).toEqual({
      apiPort: 4100,
      paymentPort: 4101,
      sitePort: 5300,
    })
  })

  it('refuse what is not a port, an unknown option and one port twice', () => {
    expect(() => parseDemoOptions(['--api-port', 'http'], {})).toThrow(
      /--api-port must be a port from 1 to 65535, not "http"/,
    )
    expect(() => parseDemoOptions([], { WESHIP_SITE_PORT: '70000' })).toThrow(/WESHIP_SITE_PORT/)
    expect(() => parseDemoOptions(['--port', '1'], {})).toThrow(/unknown option --port/)
    expect(() => parseDemoOptions(['--site-port', '4010'], {})).toThrow(/must differ/)
  })
})

describe('an example page pointed at other ports', () => {
  const page =
    '<meta content="connect-src http://127.0.0.1:4010; frame-src http://127.0.0.1:4011" />' +
    '<weship-checkout api="http://127.0.0.1:4010"></weship-checkout>'

  it('rewrites the API and the payment origin once each, whatever their new ports begin with', () => {
    const pointed = pointExamplesAt(page, {
      api: 'http://127.0.0.1:40115',
      paymentOrigin: 'http://127.0.0.1:36861',
    })
    expect(pointed).toBe(
      '<meta content="connect-src http://127.0.0.1:40115; frame-src http://127.0.0.1:36861" />' +
        '<weship-checkout api="http://127.0.0.1:40115"></weship-checkout>',
    )
  })

  it('leaves an origin alone that only begins like one of the examples', () => {
    const other = 'http://127.0.0.1:40101/x'
    expect(pointExamplesAt(other, { api: 'http://a', paymentOrigin: 'http://b' })).toBe(other)
  })
})

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}

let demo: ChildProcess | undefined
afterEach(async () => {
  if (demo && demo.exitCode === null) {
    demo.kill('SIGTERM')
    await once(demo, 'exit')
  }
})

describe('pnpm demo on ports of its own', () => {
  it('serves the examples pointed at its mock server', async () => {
    const [apiPort, paymentPort, sitePort] = [await freePort(), await freePort(), await freePort()]
    demo = spawn(
      process.execPath,
      [
        join(import.meta.dirname, 'demo.mjs'),
        '--api-port',
        `${apiPort}`,
        '--site-port',
        `${sitePort}`,
      ],
      { env: { ...process.env, WESHIP_PAYMENT_PORT: `${paymentPort}` }, stdio: 'pipe' },
    )
    let output = ''
    demo.stdout?.on('data', (chunk) => (output += chunk))
    await expect.poll(() => output, { timeout: 30_000 }).toContain('Press Ctrl-C to stop.')
    expect(output).toContain(`http://127.0.0.1:${sitePort}/script-tag/`)

    const page = await (await fetch(`http://127.0.0.1:${sitePort}/script-tag/`)).text()
    expect(page).toContain(`api="http://127.0.0.1:${apiPort}"`)
    expect(page).toMatch(new RegExp(`connect-src [^;]*http://127\\.0\\.0\\.1:${apiPort}[ ;]`))
    expect(page).toContain(`frame-src http://127.0.0.1:${paymentPort}`)
    expect(page).not.toMatch(/:4010|:4011/)
    // A merchant's own page on another origin loads the demo's CDN module, as from a real CDN.
    const module = await fetch(`http://127.0.0.1:${sitePort}/cdn/weship-checkout.mjs`, {
      headers: { origin: 'http://127.0.0.1:1' },
    })
    expect(module.headers.get('access-control-allow-origin')).toBe('*')
    const products = await fetch(`http://127.0.0.1:${apiPort}/products?currency=EUR`)
    expect(products.status).toBe(200)
  }, 60_000)
})
