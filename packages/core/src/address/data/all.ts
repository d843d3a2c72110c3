import a from './countries/a.js'
import b from './countries/b.js'
import c from './countries/c.js'
import d from './countries/d.js'
import e from './countries/e.js'
import f from './countries/f.js'
import g from './countries/g.js'
import h from './countries/h.js'
import i from './countries/i.js'
import j from './countries/j.js'
import k from './countries/k.js'
import l from './countries/l.js'
import m from './countries/m.js'
import n from './countries/n.js'
import o from './countries/o.js'
import p from './countries/p.js'
import q from './countries/q.js'
import r from './countries/r.js'
import s from './countries/s.js'
import t from './countries/t.js'
import u from './countries/u.js'
import v from './countries/v.js'
import w from './countries/w.js'
import x from './countries/x.js'
import y from './countries/y.js'
import z from './countries/z.js'
import type { AddressDataGroup } from './loaders.js'

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
