import { configError } from '../config/config-error.js'
import { type BackendField, type BackendSettings, fieldKinds } from './backend-kinds.js'

/** What each kind-specific attribute looks like, in the words of the error message. */
const formats: Record<BackendField, [RegExp, string]> = {
  // Sent as a header: printable ASCII only, so fetch never throws on it.
  channelToken: [/^[\x21-\x7e]{1,256}$/, 'a Vendure channel token'],
  // A secret key in a page's HTML would give the shop away: refused by its prefix.
  publishableKey: [/^pk_[\w-]{1,256}$/, 'a Medusa publishable key (pk_…), not a secret key'],
}

/**
 * The attributes a kind's chunk reads, checked: each belongs to this kind, is well-formed, and
 * `required` is there. Every failure is a CONFIG error naming the attribute, with a docs link.
 */
export function checkSettings(
  tag: string,
  kind: string,
  settings: BackendSettings,
  required?: BackendField,
): BackendSettings {
  for (const [field, owner] of Object.entries(fieldKinds) as Array<[BackendField, string]>) {
    const value = settings[field]
    if (value === undefined) {
      if (field === required)
        throw configError(tag, field, value, `is needed with backend="${kind}"`)
    } else if (owner !== kind) {
      throw configError(tag, field, value, `is for backend="${owner}" only`)
    } else if (!formats[field][0].test(value)) {
      throw configError(tag, field, value, `must be ${formats[field][1]}`)
    }
  }
  return settings
}
