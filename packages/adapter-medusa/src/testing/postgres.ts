import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, HOST } from './free-port.js'

export interface RunningPostgres {
  port: number
  /** A connection URL for `database` on this cluster (user `postgres`, trust auth, loopback). */
  url(database: string): string
  /** Runs a PostgreSQL client program (createdb, pg_dump, pg_restore…) against this cluster. */
  client(program: string, args: string[]): void
  stop(): Promise<void>
}

const SETUP_HINT =
  "Run `bash scripts/install-test-deps.sh` (it installs Debian's postgresql package), or set " +
  'WESHIP_PG_BIN to the folder of initdb and pg_ctl.'

/** The folder of initdb/pg_ctl: $WESHIP_PG_BIN, else Debian's newest /usr/lib/postgresql/N/bin. */
export function postgresBinDir(): string {
  const fromEnv = process.env.WESHIP_PG_BIN
  if (fromEnv) return fromEnv
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : []
  const [newest] = versions
  if (!newest) throw new Error(`No PostgreSQL server found in ${root}. ${SETUP_HINT}`)
  return join(root, newest, 'bin')
}

/**
 * A private PostgreSQL cluster in a temporary folder, on a free loopback port, with no fsync (a
 * test database need not survive a crash). PostgreSQL refuses to run as root, so as root it runs
 * as the `postgres` user that Debian's package creates. Stopped by its postmaster's PID.
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const bin = postgresBinDir()
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'weship-pg-'))
  const asRoot = process.getuid?.() === 0
  const owner = asRoot ? postgresUser() : undefined
  if (owner) chownSync(dir, owner.uid, owner.gid)
  const run = (program: string, args: string[]) => {
    const command = [join(bin, program), ...args]
    const result = owner
      ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', command.map(shellQuote).join(' ')], {
          encoding: 'utf8',
        })
      : spawnSync(command[0] ?? '', command.slice(1), { encoding: 'utf8' })
    if (result.status !== 0) {
      throw new Error(`${program} failed (${result.status}): ${result.stderr || result.stdout}`)
    }
  }
  const data = join(dir, 'data')
  run('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ])
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    `-c listen_addresses=${HOST}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ')
  run('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'server.log'), '-w', 'start'])
  const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0])
  const stopNow = () => stopPostmaster(pid, dir)
  process.once('exit', stopNow)
  return {
    port,
    url: (database) => `postgres://postgres@${HOST}:${port}/${database}`,
    client(program, args) {
      execFileSync(
        join(bin, program),
        ['-h', HOST, '-p', String(port), '-U', 'postgres', ...args],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      )
    },
    async stop() {
      process.off('exit', stopNow)
      stopPostmaster(pid, dir)
    },
  }
}

/** SIGINT is PostgreSQL's fast shutdown; the folder goes once the postmaster is gone. */
function stopPostmaster(pid: number, dir: string): void {
  try {
    process.kill(pid, 'SIGINT')
    const deadline = Date.now() + 10_000
    while (isAlive(pid) && Date.now() < deadline) spawnSync('sleep', ['0.1'])
    if (isAlive(pid)) process.kill(pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
  rmSync(dir, { recursive: true, force: true })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function postgresUser(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    return { uid, gid }
  } catch {
    throw new Error(
      `Running as root, but there is no \`postgres\` user to run PostgreSQL. ${SETUP_HINT}`,
    )
  }
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`
}
