import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import { CheckoutError } from '@weship/checkout-core'
import { type CommerceEngine, createCommerceEngine } from '../engine/commerce-engine.js'
import { createApp } from '../http/create-app.js'
import { createSnapshotWriter, readSnapshot, type SnapshotWriter } from './snapshot-file.js'

export interface MockServerOptions {
  /** 0 picks a free port; the chosen one is in the result. */
  port?: number
  /** Loopback by default: the demo backend has no auth and should not face a network. */
  host?: string
  /** Enables dev-only routes once they exist (clock, outbox). */
  dev?: boolean
  /** Origins allowed besides any loopback one (`*` only when passed explicitly). */
  allowedOrigins?: readonly string[]
  /** Defaults to a fresh engine over the demo catalog. */
  engine?: CommerceEngine
  /** JSON snapshot file: carts are read from it at start and written back after changes. */
  dataFile?: string
  logError?: (error: unknown) => void
}

export interface MockServer {
  /** Base URL of the API, e.g. `http://127.0.0.1:4010` (no trailing slash). */
  url: string
  port: number
  /** Stops listening and drops open connections; safe to call twice. */
  close(): Promise<void>
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1'
  const { engine, snapshots } = await openEngine(options)
  const app = createApp(engine, {
    allowedOrigins: options.allowedOrigins ?? [],
    dev: options.dev ?? false,
    ...(options.logError ? { logError: options.logError } : {}),
  })
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo

  let closing: Promise<void> | undefined
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive sockets would otherwise hold close() open for seconds.
        server.closeAllConnections()
      }).then(() => snapshots?.flush())
      return closing
    },
  }
}

async function openEngine(
  options: MockServerOptions,
): Promise<{ engine: CommerceEngine; snapshots?: SnapshotWriter }> {
  const { dataFile } = options
  if (dataFile === undefined) return { engine: options.engine ?? createCommerceEngine() }
  if (options.engine) {
    throw new CheckoutError('CONFIG', 'Pass either an engine or a dataFile, not both.')
  }
  const state = await readSnapshot(dataFile)
  const snapshots = createSnapshotWriter(dataFile, () => engine.exportState())
  const engine = createCommerceEngine({ ...(state ? { state } : {}), onChange: snapshots.schedule })
  return { engine, snapshots }
}
