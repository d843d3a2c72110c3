import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { freePort, HOST } from './free-port.js'
import { ensureMedusaInstalled } from './medusa-install.js'
import { type RunningPostgres, startPostgres } from './postgres.js'

export interface StartMedusaOptions {
  /** 0 or none picks a free port. */
  port?: number
  /** Origins allowed by CORS; any http://127.0.0.1:<port> page by default. */
  corsOrigins?: string[]
  log?: (line: string) => void
}

export interface SeededShop {
  publishableKey: string
  regions: Array<{ id: string; currency: string }>
}

export interface RunningMedusa extends SeededShop {
  /** The server's origin; the Store API is under /store. */
  baseUrl: string
  pid: number
  /** Seconds each stage took this time (null: skipped, e.g. restored from the seeded dump). */
  timings: Record<'install' | 'postgres' | 'migrate' | 'seed' | 'restore' | 'ready', number | null>
  /** The server's resident memory now, in MB (Linux). */
  rssMb(): number | null
  stop(): Promise<void>
}

/**
 * A real Medusa on 127.0.0.1 with its own PostgreSQL cluster: installed on first use, migrated and
 * seeded once per machine (the seeded database is kept as a pg_dump beside the install, so later
 * runs restore it in seconds instead of migrating for half a minute), then `medusa start`.
 */
export async function startMedusa(options: StartMedusaOptions = {}): Promise<RunningMedusa> {
  const log = options.log ?? (() => {})
  const timings: RunningMedusa['timings'] = {
    install: null,
    postgres: null,
    migrate: null,
    seed: null,
    restore: null,
    ready: null,
  }
  const install = ensureMedusaInstalled(log)
  timings.install = install.installedNowMs === null ? null : install.installedNowMs / 1000
  const timed = async <T>(stage: keyof typeof timings, work: () => T | Promise<T>) => {
    const started = Date.now()
    const result = await work()
    timings[stage] = (Date.now() - started) / 1000
    return result
  }
  const pg = await timed('postgres', startPostgres)
  // Medusa's own log of this run (migrations, seed, server), for when it does not start.
  const logFile = join(install.dir, 'medusa.log')
  writeFileSync(logFile, '')
  const env = {
    ...process.env,
    DATABASE_URL: pg.url('medusa'),
    MEDUSA_DISABLE_TELEMETRY: 'true',
    ...(options.corsOrigins ? { STORE_CORS: options.corsOrigins.join(',') } : {}),
  }
  const medusa = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    runMedusaCli(install.dir, args, { ...env, ...extra }, logFile)
  let server: ChildProcess | undefined
  try {
    pg.client('createdb', ['medusa'])
    const shop = await seededShop(pg, install, timed, medusa)
    const port = options.port || (await freePort())
    server = await timed('ready', () => serve(install.dir, port, env, logFile))
    const pid = server.pid ?? 0
    const running = server
    return {
      ...shop,
      baseUrl: `http://${HOST}:${port}`,
      pid,
      timings,
      rssMb: () => residentMb(pid),
      async stop() {
        await stopProcess(running)
        await pg.stop()
      },
    }
  } catch (error) {
    if (server) await stopProcess(server)
    await pg.stop()
    throw error
  }
}

type Timed = <T>(stage: keyof RunningMedusa['timings'], work: () => T | Promise<T>) => Promise<T>

async function seededShop(
  pg: RunningPostgres,
  install: ReturnType<typeof ensureMedusaInstalled>,
  timed: Timed,
  medusa: (args: string[], extra?: NodeJS.ProcessEnv) => void,
): Promise<SeededShop> {
  const dump = join(install.dir, `seeded-${install.fingerprint.slice(0, 12)}.dump`)
  const shopFile = `${dump}.json`
  if (existsSync(dump) && existsSync(shopFile)) {
    try {
      await timed('restore', () => pg.client('pg_restore', ['--no-owner', '-d', 'medusa', dump]))
      return JSON.parse(readFileSync(shopFile, 'utf8')) as SeededShop
    } catch {
      // A dump this PostgreSQL cannot read (another major version, a damaged file): seed anew.
      pg.client('dropdb', ['medusa'])
      pg.client('createdb', ['medusa'])
    }
  }
  await timed('migrate', () => medusa(['db:migrate']))
  const seedOut = `${shopFile}.${process.pid}`
  await timed('seed', () => medusa(['exec', './seed.js'], { WESHIP_SEED_OUT: seedOut }))
  // Kept for the next run; written aside and moved into place, so a half-written dump is never used.
  pg.client('pg_dump', ['-Fc', '-f', `${dump}.${process.pid}`, 'medusa'])
  renameSync(`${dump}.${process.pid}`, dump)
  renameSync(seedOut, shopFile)
  // Dumps of an older seed are of no more use.
  for (const file of readdirSync(install.dir)) {
    const stale = file.startsWith('seeded-') && !join(install.dir, file).startsWith(dump)
    if (stale) rmSync(join(install.dir, file), { force: true })
  }
  return JSON.parse(readFileSync(shopFile, 'utf8')) as SeededShop
}

function runMedusaCli(dir: string, args: string[], env: NodeJS.ProcessEnv, logFile: string) {
  const out = openSync(logFile, 'a')
  try {
    const cli = join(dir, 'node_modules/@medusajs/cli/cli.js')
    const result = spawnSync(process.execPath, [cli, ...args], {
      cwd: dir,
      env,
      stdio: ['ignore', out, out],
      timeout: 10 * 60_000,
    })
    if (result.status !== 0) {
      throw new Error(`medusa ${args.join(' ')} failed; see ${logFile}:\n${tail(logFile)}`)
    }
  } finally {
    closeSync(out)
  }
}

async function serve(dir: string, port: number, env: NodeJS.ProcessEnv, logFile: string) {
  const out = openSync(logFile, 'a')
  const cli = join(dir, 'node_modules/@medusajs/cli/cli.js')
  const args = [cli, 'start', '--host', HOST, '--port', String(port)]
  const child = spawn(process.execPath, args, { cwd: dir, env, stdio: ['ignore', out, out] })
  closeSync(out)
  const kill = () => child.kill('SIGKILL')
  process.once('exit', kill)
  child.once('exit', () => process.off('exit', kill))
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Medusa exited (${child.exitCode}) before it was ready:\n${tail(logFile)}`)
    }
    const healthy = await fetch(`http://${HOST}:${port}/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (healthy) return child
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stopProcess(child)
  throw new Error(`Medusa was not ready within 3 minutes:\n${tail(logFile)}`)
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

function residentMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null
  } catch {
    return null
  }
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-40).join('\n') : ''
}
