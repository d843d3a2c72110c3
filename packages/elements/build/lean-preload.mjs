// Plain JavaScript like pick-json.mjs, so that the Vite config can load it without a build.

const helperId = '\0vite/preload-helper.js'

/**
 * What Vite's preload helper does for this build, without what it cannot need here. Every lazy
 * chunk of the CDN module (`__vitePreload(() => import(chunk), deps)`) still has its own
 * imports preloaded beside it: a `<link rel="modulepreload">` per file not already linked,
 * resolved beside the module (`base: './'`) and through the page's import map, with the page's
 * CSP nonce, each once; a failed chunk still raises `vite:preloadError` on `window` and
 * rejects unless a listener prevents it. Gone: the branch for CSS files (this build has none:
 * its styles are strings in the chunks, and `generateBundle` fails if one ever appears) and
 * the wait for every preload to settle, which only CSS links ever made. That is about 0.6 KB
 * gzip of a product page's first load, which has no lazy chunk to fetch before a request.
 */
const leanHelper = `const seen = {};
export const __vitePreload = (load, deps, importerUrl) => {
  if (deps?.length) {
    const meta = document.querySelector('meta[property=csp-nonce]');
    const nonce = meta?.nonce || meta?.getAttribute('nonce');
    let linked;
    for (const dep of deps) {
      const url = new URL(dep, importerUrl).href;
      const href = import.meta.resolve ? new URL(import.meta.resolve(url)).href : url;
      if (href in seen) continue;
      seen[href] = 1;
      linked ??= new Set(Array.from(document.getElementsByTagName('link'), (link) => link.href));
      if (linked.has(href)) continue;
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.as = 'script';
      link.crossOrigin = '';
      link.href = href;
      if (nonce) link.setAttribute('nonce', nonce);
      document.head.appendChild(link);
    }
  }
  return Promise.resolve().then(load).catch((error) => {
    const event = new Event('vite:preloadError', { cancelable: true });
    event.payload = error;
    window.dispatchEvent(event);
    if (!event.defaultPrevented) throw error;
  });
};`

/**
 * Swaps Vite's preload helper for the lean one above in the CDN module's build.
 *
 * @returns {import('vite').Plugin}
 */
export function leanPreload() {
  return {
    name: 'weship:lean-preload',
    transform: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler(code, id) {
        if (id !== helperId) return null
        if (!code.includes('isCssPreloadUrl')) {
          this.error('Vite changed its preload helper: check leanPreload against it.')
        }
        return { code: leanHelper, map: null }
      },
    },
    generateBundle(_options, bundle) {
      const css = Object.keys(bundle).filter((file) => file.endsWith('.css'))
      if (css.length > 0) this.error(`leanPreload cannot preload CSS files: ${css.join(', ')}`)
    },
  }
}
