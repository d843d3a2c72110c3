import type { CompactAddressFormat } from '../address-format.js'

export type AddressDataGroup = Readonly<Record<string, CompactAddressFormat>>
type GroupModule = Promise<{ default: AddressDataGroup }>

// One file per first letter of the country code, imported on demand: bundlers make each a chunk
// (the CDN's classic script fetches them with their SRI hashes instead: ADR 0017). Spelled out,
// since bundlers resolve only literal import specifiers.
export const addressDataLoaders: Readonly<Record<string, () => GroupModule>> = {
  a: () => import('./a.json', { with: { type: 'json' } }) as GroupModule,
  b: () => import('./b.json', { with: { type: 'json' } }) as GroupModule,
  c: () => import('./c.json', { with: { type: 'json' } }) as GroupModule,
  d: () => import('./d.json', { with: { type: 'json' } }) as GroupModule,
  e: () => import('./e.json', { with: { type: 'json' } }) as GroupModule,
  f: () => import('./f.json', { with: { type: 'json' } }) as GroupModule,
  g: () => import('./g.json', { with: { type: 'json' } }) as GroupModule,
  h: () => import('./h.json', { with: { type: 'json' } }) as GroupModule,
  i: () => import('./i.json', { with: { type: 'json' } }) as GroupModule,
  j: () => import('./j.json', { with: { type: 'json' } }) as GroupModule,
  k: () => import('./k.json', { with: { type: 'json' } }) as GroupModule,
  l: () => import('./l.json', { with: { type: 'json' } }) as GroupModule,
  m: () => import('./m.json', { with: { type: 'json' } }) as GroupModule,
  n: () => import('./n.json', { with: { type: 'json' } }) as GroupModule,
  o: () => import('./o.json', { with: { type: 'json' } }) as GroupModule,
  p: () => import('./p.json', { with: { type: 'json' } }) as GroupModule,
  q: () => import('./q.json', { with: { type: 'json' } }) as GroupModule,
  r: () => import('./r.json', { with: { type: 'json' } }) as GroupModule,
  s: () => import('./s.json', { with: { type: 'json' } }) as GroupModule,
  t: () => import('./t.json', { with: { type: 'json' } }) as GroupModule,
  u: () => import('./u.json', { with: { type: 'json' } }) as GroupModule,
  v: () => import('./v.json', { with: { type: 'json' } }) as GroupModule,
  w: () => import('./w.json', { with: { type: 'json' } }) as GroupModule,
  x: () => import('./x.json', { with: { type: 'json' } }) as GroupModule,
  y: () => import('./y.json', { with: { type: 'json' } }) as GroupModule,
  z: () => import('./z.json', { with: { type: 'json' } }) as GroupModule,
}
