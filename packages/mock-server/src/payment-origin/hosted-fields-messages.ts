import { pageLanguage } from './page-language.js'

/** What the card fields' script says; `{{digits}}` is the length of the security code (3 or 4). */
export interface HostedFieldsScriptMessages {
  numberMissing: string
  numberInvalid: string
  brandUnsupported: string
  expiryInvalid: string
  expired: string
  expiryTooFar: string
  cvcInvalid: string
  testCardOnly: string
  notChecked: string
  unreachable: string
}

export interface HostedFieldsMessages {
  lang: string
  dir: 'ltr' | 'rtl'
  title: string
  labels: { number: string; expiry: string; cvc: string; name: string }
  hint: string
  script: HostedFieldsScriptMessages
}

/**
 * The card fields' words for the widget's locale, by the widget's fallback chain (`pt-AO` →
 * Portuguese of Portugal; English for a language we lack). Labels keep "MM / YY": it is the
 * placeholder the expiry field shows in every language.
 */
export function hostedFieldsMessages(locale: string | undefined): HostedFieldsMessages {
  const { language, dir, words } = pageLanguage(locale)
  const { title, labels, hint, script } = words.hostedFields
  return { lang: language, dir, title, labels, hint, script: script as never }
}
