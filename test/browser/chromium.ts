import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/**
 * The Chromium the browser tests drive. There is deliberately no skip: a machine without a
 * browser fails here, loudly, with the command that fixes it.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  const found = fromEnv ? [fromEnv] : candidates.filter((path) => existsSync(path))
  const path = found[0]
  if (!path || !existsSync(path)) {
    throw new Error(
      `No Chromium found (looked at ${fromEnv ?? candidates.join(', ')}). ` +
        'Install it with `bash scripts/install-test-deps.sh` (Debian: apt-get install -y chromium) ' +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    )
  }
  return path
}

// Without these, headless Chromium reaches for Google's services, which this network refuses.
const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A headless Chromium with a fresh, throwaway profile; `close()` removes it. */
export async function launchChromium(): Promise<{
  context: BrowserContext
  close: () => Promise<void>
}> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'weship-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: quietFlags,
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
