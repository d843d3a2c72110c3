import { get } from 'node:http'
import { connect, type Socket } from 'node:net'
import { productListSchema } from '@weship/checkout-core'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_HTTP_TIMEOUTS, serverTimeouts } from './http-timeouts.js'
import { type MockServer, type MockServerOptions, startMockServer } from './start-mock-server.js'

const servers: MockServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function start(options: MockServerOptions = {}) {
  const server = await startMockServer({ port: 0, paymentPort: 0, host: '127.0.0.1', ...options })
  servers.push(server)
  return server
}

/** A raw connection, to send what no well-behaved client would; resolves what came back. */
function rawClient(url: string) {
  const { port } = new URL(url)
  const socket: Socket = connect(Number(port), '127.0.0.1')
  let received = ''
  socket.on('data', (chunk) => {
    received += chunk
  })
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(received)))
  socket.on('error', () => undefined)
  return { socket, closed }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the HTTP server under slow and broken clients', () => {
  it('logs nothing and answers no 5xx when a client aborts its upload', async () => {
    const logged: unknown[] = []
    const server = await start({ logError: (error) => logged.push(error) })
    for (let round = 0; round < 5; round += 1) {
      const { socket, closed } = rawClient(server.url)
      socket.write(
        'POST /carts HTTP/1.1\r\nHost: shop\r\nContent-Type: application/json\r\n' +
          'Content-Length: 1000\r\n\r\n{"items":',
      )
      await wait(30)
      socket.destroy()
      await closed
    }
    await wait(100)
    expect(logged).toEqual([])
    expect((await fetch(`${server.url}/health`)).status).toBe(200)
  })

  it('cuts off a client that trickles its body a byte at a time', async () => {
    const server = await start({ timeouts: { headersMs: 600, requestMs: 1_000 } })
    const { socket, closed } = rawClient(server.url)
    socket.write('POST /carts HTTP/1.1\r\nHost: shop\r\nContent-Type: application/json\r\n')
    socket.write('Content-Length: 100\r\n\r\n')
    const trickle = setInterval(() => socket.writable && socket.write(' '), 200)
    const started = Date.now()
    const answer = await closed
    clearInterval(trickle)
    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    expect(Date.now() - started).toBeLessThan(3_000)
  })

  it('cuts off a client that trickles its headers', async () => {
    const server = await start({ timeouts: { headersMs: 600, requestMs: 1_000 } })
    const { socket, closed } = rawClient(server.url)
    socket.write('GET /health HTTP/1.1\r\n')
    const trickle = setInterval(() => socket.writable && socket.write('X: y\r\n'), 200)
    const started = Date.now()
    const answer = await closed
    clearInterval(trickle)
    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    expect(Date.now() - started).toBeLessThan(3_000)
  })

  it('has timeouts by default, checked often enough to matter', () => {
    expect(DEFAULT_HTTP_TIMEOUTS).toEqual({
      headersMs: 10_000,
      requestMs: 30_000,
      keepAliveMs: 5_000,
    })
    expect(serverTimeouts()).toMatchObject({
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: 1_000,
    })
  })
})

describe('absolute URLs in answers', () => {
  // node:http, since fetch will not send a Host of our choosing.
  const imageOf = (url: string, host: string) =>
    new Promise<string>((resolve, reject) => {
      const request = get(`${url}/products`, { headers: { host } }, (response) => {
        let body = ''
        response.on('data', (chunk) => {
          body += chunk
        })
        response.on('end', () => {
          const { products } = productListSchema.parse(JSON.parse(body))
          resolve(products[0]?.imageUrl ?? '')
        })
      })
      request.on('error', reject)
    })

  it('come from the configured public URL, never from the Host header', async () => {
    const server = await start({ publicUrl: 'https://shop.example/api/' })
    expect(await imageOf(server.url, 'evil.example')).toMatch(
      /^https:\/\/shop\.example\/api\/images\/[\w-]+\.svg$/,
    )
  })

  it('default to the address the server listens on', async () => {
    const server = await start()
    expect(await imageOf(server.url, 'evil.example')).toMatch(
      new RegExp(`^${server.url.replaceAll('.', '\\.')}/images/`),
    )
  })

  it('refuse a public URL that is not http(s)', async () => {
    await expect(start({ publicUrl: 'javascript:alert(1)' })).rejects.toMatchObject({
      code: 'CONFIG',
      reason: 'invalid_public_url',
    })
  })
})
