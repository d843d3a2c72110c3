import { pageLanguage } from './page-language.js'

/** What the challenge page's script says while it talks to the bank. */
export interface ChallengeScriptMessages {
  contacting: string
  done: string
  unreachable: string
}

export interface ChallengeMessages {
  lang: string
  /** For the amount: the shopper's own locale where it fits the language shown. */
  locale: string
  dir: 'ltr' | 'rtl'
  title: string
  /** `{{amount}}` and `{{card}}` are filled in, each isolated for right-to-left pages. */
  request: string
  hint: string
  pass: string
  fail: string
  finished: string
  script: ChallengeScriptMessages
}

/** The bank page's words for the widget's locale, by the widget's fallback chain. */
export function challengeMessages(locale: string | undefined): ChallengeMessages {
  const { language, locale: formatting, dir, words } = pageLanguage(locale)
  const { script, ...page } = words.challenge
  return { lang: language, locale: formatting, dir, ...page, script: script as never }
}
