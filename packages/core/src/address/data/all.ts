import a from './a.json' with { type: 'json' }
import b from './b.json' with { type: 'json' }
import c from './c.json' with { type: 'json' }
import d from './d.json' with { type: 'json' }
import e from './e.json' with { type: 'json' }
import f from './f.json' with { type: 'json' }
import g from './g.json' with { type: 'json' }
import h from './h.json' with { type: 'json' }
import i from './i.json' with { type: 'json' }
import j from './j.json' with { type: 'json' }
import k from './k.json' with { type: 'json' }
import l from './l.json' with { type: 'json' }
import type { AddressDataGroup } from './loaders.js'
import m from './m.json' with { type: 'json' }
import n from './n.json' with { type: 'json' }
import o from './o.json' with { type: 'json' }
import p from './p.json' with { type: 'json' }
import q from './q.json' with { type: 'json' }
import r from './r.json' with { type: 'json' }
import s from './s.json' with { type: 'json' }
import t from './t.json' with { type: 'json' }
import u from './u.json' with { type: 'json' }
import v from './v.json' with { type: 'json' }
import w from './w.json' with { type: 'json' }
import x from './x.json' with { type: 'json' }
import y from './y.json' with { type: 'json' }
import z from './z.json' with { type: 'json' }

/**
 * Every country's data at once, for servers (the mock server validates with it): 73 KB that a
 * browser never needs whole, so only `@weship/checkout-core/address-data` imports it.
 */
export const allAddressData: Readonly<Record<string, AddressDataGroup>> = {
  a,
  b,
  c,
  d,
  e,
  f,
  g,
  h,
  i,
  j,
  k,
  l,
  m,
  n,
  o,
  p,
  q,
  r,
  s,
  t,
  u,
  v,
  w,
  x,
  y,
  z,
}
