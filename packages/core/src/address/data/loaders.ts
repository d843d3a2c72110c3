import type { CompactAddressFormat } from '../address-format.js'

export type AddressDataGroup = Readonly<Record<string, CompactAddressFormat>>
type GroupModule = Promise<{ default: AddressDataGroup }>

// One module per first letter of the country code, imported on demand: bundlers make each a
// chunk (the CDN's classic script fetches them as JSON with their SRI hashes instead: ADR 0019).
// Spelled out, since bundlers resolve only literal import specifiers.
export const addressDataLoaders: Readonly<Record<string, () => GroupModule>> = {
  a: () => import('./countries/a.js'),
  b: () => import('./countries/b.js'),
  c: () => import('./countries/c.js'),
  d: () => import('./countries/d.js'),
  e: () => import('./countries/e.js'),
  f: () => import('./countries/f.js'),
  g: () => import('./countries/g.js'),
  h: () => import('./countries/h.js'),
  i: () => import('./countries/i.js'),
  j: () => import('./countries/j.js'),
  k: () => import('./countries/k.js'),
  l: () => import('./countries/l.js'),
  m: () => import('./countries/m.js'),
  n: () => import('./countries/n.js'),
  o: () => import('./countries/o.js'),
  p: () => import('./countries/p.js'),
  q: () => import('./countries/q.js'),
  r: () => import('./countries/r.js'),
  s: () => import('./countries/s.js'),
  t: () => import('./countries/t.js'),
  u: () => import('./countries/u.js'),
  v: () => import('./countries/v.js'),
  w: () => import('./countries/w.js'),
  x: () => import('./countries/x.js'),
  y: () => import('./countries/y.js'),
  z: () => import('./countries/z.js'),
}
