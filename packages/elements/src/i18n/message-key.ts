import en from '@weship/checkout-core/locales/en.json'

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

const pluralSuffix = /_(zero|one|two|few|many|other)$/
let knownKeys: ReadonlySet<string> | undefined

function leafPaths(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafPaths(value, `${prefix}${key}.`),
  )
}

/** Narrows a key that comes from outside (a CheckoutError, a server reason) to one we can show. */
export function isMessageKey(key: string): key is MessageKey {
  knownKeys ??= new Set(leafPaths(en).map((path) => path.replace(pluralSuffix, '')))
  return knownKeys.has(key)
}
