import { Agent, request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from './start-mock-server.js'

let server: MockServer
beforeAll(async () => {
  server = await startMockServer({ port: 0, paymentPort: 0, host: '127.0.0.1' })
})
afterAll(() => server.close())

type Answer = { status?: number; connection?: string; error?: string }

/** One keep-alive connection at a time, as a browser or undici would reuse it. */
function client(base: string) {
  const { hostname, port } = new URL(base)
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const send = (method: string, path: string, headers = {}, body?: string) =>
    new Promise<Answer>((resolve) => {
      const req = request({ hostname, port, path, method, headers, agent }, (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection }))
      })
      req.on('error', (error) => resolve({ error: error.message }))
      req.end(body)
    })
  return { send, close: () => agent.destroy() }
}

describe('keep-alive after a body too large to read', () => {
  it.each([
    ['the API', () => server.url, '/carts', 80 * 1024],
    ['the payment origin', () => server.paymentUrl, '/tokens', 8 * 1024],
  ])(
    '%s answers 413 with Connection: close, and the next request gets through',
    async (_, base, path, size) => {
      const { send, close } = client(base())
      const body = JSON.stringify({ padding: 'x'.repeat(size) })
      for (const framing of ['content-length', 'chunked']) {
        for (let round = 0; round < 10; round += 1) {
          const headers = {
            'content-type': 'application/json',
            ...(framing === 'chunked'
              ? { 'transfer-encoding': 'chunked' }
              : { 'content-length': String(Buffer.byteLength(body)) }),
          }
          const [tooLarge, next] = await Promise.all([
            send('POST', path, headers, body),
            send('GET', '/health'),
          ])
          expect(tooLarge).toEqual({ status: 413, connection: 'close' })
          expect(next).toMatchObject({ status: 200 })
        }
      }
      close()
    },
  )
})
