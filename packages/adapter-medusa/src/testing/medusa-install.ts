import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The Medusa project of the tests (committed with its npm lockfile), outside the workspace. */
export const medusaAppDir = join(dirname(fileURLToPath(import.meta.url)), '../../medusa-app')
const installFiles = ['package.json', 'package-lock.json']
/** Copied in on every start, so editing them needs no new install. */
const appFiles = ['medusa-config.js', 'seed.js', 'demo-catalog.json', 'test-card-provider.js']
const MARKER = '.weship-installed'

export interface MedusaInstall {
  dir: string
  version: string
  /** Whether this call installed it (the first run on a machine), and how long that took. */
  installedNowMs: number | null
  /** A hash of everything that decides the seeded database: Medusa's lockfile and our app files. */
  fingerprint: string
}

/**
 * Medusa (~700 MB of node_modules) is kept out of the pnpm workspace so that `pnpm install` and
 * `pnpm demo` stay light: it is installed on first use with npm, from the committed lockfile, into
 * ~/.cache/weship/medusa-<version>-<lockfile hash> (or $WESHIP_MEDUSA_CACHE), and reused after.
 * The install happens in a folder of its own and moves into place when complete.
 */
export function ensureMedusaInstalled(log: (line: string) => void = () => {}): MedusaInstall {
  const manifest = JSON.parse(readFileSync(join(medusaAppDir, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>
  }
  const version = manifest.dependencies['@medusajs/medusa'] ?? 'unknown'
  const lockHash = hashOf(installFiles)
  const cacheRoot = process.env.WESHIP_MEDUSA_CACHE ?? join(cacheHome(), 'weship')
  const dir = join(cacheRoot, `medusa-${version}-${lockHash.slice(0, 12)}`)
  let installedNowMs: number | null = null
  if (!existsSync(join(dir, MARKER))) {
    const started = Date.now()
    log(`Installing Medusa ${version} into ${dir} (once per machine, 2–3 minutes)…`)
    const staging = `${dir}.installing-${process.pid}`
    rmSync(staging, { recursive: true, force: true })
    mkdirSync(staging, { recursive: true })
    for (const file of installFiles) copyFileSync(join(medusaAppDir, file), join(staging, file))
    const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: staging,
      encoding: 'utf8',
      timeout: 20 * 60_000,
      env: { ...process.env, npm_config_update_notifier: 'false' },
    })
    if (npm.status !== 0) {
      rmSync(staging, { recursive: true, force: true })
      throw new Error(
        `Installing Medusa failed (npm ci exited ${npm.status ?? npm.signal}): ${npm.stderr}`,
      )
    }
    writeFileSync(join(staging, MARKER), `${new Date().toISOString()}\n`)
    // Another process may have finished the same install meanwhile; either copy will do.
    if (existsSync(join(dir, MARKER))) rmSync(staging, { recursive: true, force: true })
    else {
      rmSync(dir, { recursive: true, force: true })
      renameSync(staging, dir)
    }
    installedNowMs = Date.now() - started
  }
  for (const file of appFiles) copyFileSync(join(medusaAppDir, file), join(dir, file))
  return { dir, version, installedNowMs, fingerprint: hashOf([...installFiles, ...appFiles]) }
}

function cacheHome(): string {
  return process.env.XDG_CACHE_HOME || join(homedir(), '.cache')
}

function hashOf(files: string[]): string {
  const hash = createHash('sha256')
  for (const file of files) hash.update(readFileSync(join(medusaAppDir, file)))
  return hash.digest('hex')
}
