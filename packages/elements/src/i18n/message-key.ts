import type en from '@weship/checkout-core/locales/en.json'
import { englishSoFar } from './translator.js'

type Messages = typeof en
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'

/** Dotted paths of every string in a messages object. */
type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafPaths<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** i18next picks the `_one`/`_other`/… form itself, so callers name the base key. */
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralCategory}` ? Base : K

/** Every message the widget may show; English is the source of truth. */
export type MessageKey = WithoutPlural<LeafPaths<Messages>>

/**
 * Narrows a key that comes from outside (a CheckoutError, a server reason) to one we can show:
 * the English at hand has it, as a string or in plural forms. The English of the steps arrives
 * with their chunk, and only views of that chunk ask for their keys.
 */
export function isMessageKey(key: string): key is MessageKey {
  const path = key.split('.')
  const leaf = path.pop() ?? ''
  let node: unknown = englishSoFar()
  for (const name of path) node = isGroup(node) ? node[name] : undefined
  return (
    isGroup(node) && (typeof node[leaf] === 'string' || typeof node[`${leaf}_other`] === 'string')
  )
}

function isGroup(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null
}
