// What the Vendure and Medusa examples' page servers share: the built CDN files at /cdn/ for
// their script-tag pages, the classic-script variant of a page, and a free loopback port.
import { createReadStream, existsSync } from 'node:fs'
import { createServer as createNetServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const cdnDir = fileURLToPath(new URL('../packages/elements/dist/cdn', import.meta.url))

/**
 * Serves the built CDN files at /cdn/, as a merchant's page loads them.
 * @param {import('vite').ViteDevServer} server
 */
export function serveCdnFiles(server) {
  server.middlewares.use('/cdn', (request, response, next) => {
    const path = join(cdnDir, new URL(request.url ?? '/', 'http://x').pathname)
    if (!path.startsWith(cdnDir) || !existsSync(path)) return next()
    response.setHeader('content-type', 'text/javascript; charset=utf-8')
    createReadStream(path).pipe(response)
  })
}

/**
 * With `?script=classic` in the page's URL, the page on the one-file classic script instead of
 * the ES module.
 * @param {string} html @param {string} url
 */
export function withClassicScriptIfAsked(html, url) {
  if (!new URL(url, 'http://x').searchParams.has('script', 'classic')) return html
  return html.replace(
    '<script type="module" src="/cdn/weship-checkout.mjs"></script>',
    '<script src="/cdn/weship-checkout.js" defer></script>',
  )
}

/** @returns {Promise<number>} a loopback port with nothing listening on it */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', reject)
    probe.listen(0, host, () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}
