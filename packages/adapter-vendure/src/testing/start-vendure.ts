import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { NestFactory } from '@nestjs/core'
import {
  DefaultLogger,
  dummyPaymentHandler,
  type InitialData,
  JobQueueService,
  Logger,
  LogLevel,
  mergeConfig,
  type VendureConfig,
} from '@vendure/core'
import { preBootstrapConfig } from '@vendure/core/dist/bootstrap.js'
import { registerInitializer, SqljsInitializer, TestServer, testConfig } from '@vendure/testing'
import { seedPromotionsAndStock } from './seed-vendure.js'

// Vendure's telemetry would try to phone home; this machine (and CI) has no network for it.
process.env.VENDURE_DISABLE_TELEMETRY = 'true'

const HOST = '127.0.0.1'
/** Bump when the seeded data changes, so an old snapshot is not reused. */
const SNAPSHOT_NAME = 'vendure-3.7-sample-data-v1'
const require = createRequire(import.meta.url)
/** Vendure's own sample data, as `npx @vendure/create` seeds a new shop with it. */
const sampleData = join(dirname(require.resolve('@vendure/create/package.json')), 'assets')

export interface StartVendureOptions {
  /** Where the seeded snapshot is kept between runs (gitignored). */
  dataDir: string
  /** 0 picks a free port. */
  port?: number
  /** Origins allowed by CORS, e.g. the demo page's. */
  corsOrigins?: string[]
  log?: boolean
}

export interface RunningVendure {
  shopApiUrl: string
  adminApiUrl: string
  stop(): Promise<void>
}

type NestApp = Awaited<ReturnType<typeof NestFactory.create>>

/**
 * Vendure on 127.0.0.1, seeded with its sample catalog (the snapshot is reused after the first
 * run), with the dummy payment handler and demo promotions added through the Admin API.
 */
export async function startVendure(options: StartVendureOptions): Promise<RunningVendure> {
  const port = options.port || (await freePort())
  const config = mergeConfig(testConfig, {
    apiOptions: {
      port,
      hostname: HOST,
    },
    // The widget speaks as an anonymous shopper: no channel token needed on the default channel.
    defaultChannelToken: null,
    authOptions: { tokenMethod: 'bearer', requireVerification: false },
    paymentOptions: { paymentMethodHandlers: [dummyPaymentHandler] },
    importExportOptions: { importAssetsDir: join(sampleData, 'images') },
    logger: options.log ? new DefaultLogger({ level: LogLevel.Info }) : testConfig.logger,
  } as Partial<VendureConfig>) as Required<VendureConfig>
  // Set, not merged (mergeConfig keeps testConfig's `cors: true`): an object, so that Vendure
  // exposes the `vendure-auth-token` header to pages on other origins.
  config.apiOptions.cors = { origin: options.corsOrigins ?? true, credentials: false }
  const server = testServerOnHost(config)
  await initFromSnapshot(server, options.dataDir)
  const origin = `http://${HOST}:${port}`
  const running = {
    shopApiUrl: `${origin}/shop-api`,
    adminApiUrl: `${origin}/admin-api`,
    stop: () => server.destroy(),
  }
  await seedPromotionsAndStock(running.adminApiUrl)
  return running
}

/**
 * Seeds on the first run only. The seeding writes into a folder of its own and the file moves
 * into place once complete, so an interrupted first run (Ctrl-C, a timeout) leaves no half-seeded
 * snapshot for the next one to trust.
 */
async function initFromSnapshot(server: TestServer, dataDir: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true })
  const snapshot = join(dataDir, `${SNAPSHOT_NAME}.sqlite`)
  const seeding = existsSync(snapshot) ? undefined : mkdtempSync(join(dataDir, '.seeding-'))
  registerInitializer('sqljs', new SqljsInitializer(seeding ?? dataDir))
  const initialData = JSON.parse(
    readFileSync(join(sampleData, 'initial-data.json'), 'utf8'),
  ) as InitialData
  try {
    await server.init({
      initialData,
      productsCsvPath: join(sampleData, 'products.csv'),
      customerCount: 1,
    })
    if (seeding) renameSync(join(seeding, `${SNAPSHOT_NAME}.sqlite`), snapshot)
  } finally {
    if (seeding) rmSync(seeding, { recursive: true, force: true })
  }
}

/**
 * @vendure/testing's server listens on every interface whatever `hostname` says; this one
 * binds the configured host, as Vendure's own `bootstrap()` does. (Its methods are private in
 * the typings, hence Object.assign; the populate step calls it unbound, so it uses no `this`.)
 */
function testServerOnHost(config: Required<VendureConfig>): TestServer {
  const server = new TestServer(config)
  // It names its snapshot after the calling file, read from a stack that Vite's SSR (the demo)
  // does not give; one fixed name also lets the tests and the demo share the seeded snapshot.
  const snapshotName = () => SNAPSHOT_NAME
  Object.assign(server, { bootstrapForTesting: bootstrapOnHost, getCallerFilename: snapshotName })
  return server
}

async function bootstrapOnHost(userConfig: Partial<VendureConfig>): Promise<NestApp> {
  const config = await preBootstrapConfig(userConfig)
  Logger.useLogger(config.logger)
  const appModule = await import('@vendure/core/dist/app.module.js')
  DefaultLogger.hideNestBoostrapLogs()
  const app = await NestFactory.create(appModule.AppModule, {
    cors: config.apiOptions.cors,
    logger: new Logger(),
    abortOnError: false,
  })
  await app.listen(config.apiOptions.port, config.apiOptions.hostname || HOST)
  await app.get(JobQueueService).start()
  DefaultLogger.restoreOriginalLogLevel()
  return app
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, HOST, () => {
      const address = probe.address()
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port)
        else reject(new Error('No free port'))
      })
    })
  })
}
