import { pageLanguage } from './page-language.js'

/** What the challenge page's script says while it talks to the bank. */
export interface ChallengeScriptMessages {
  contacting: string
  done: string
  unreachable: string
}

export interface ChallengeMessages {
  lang: string
  dir: 'ltr' | 'rtl'
  title: string
  /** `{amount}` and `{card}` are filled in, each isolated for right-to-left pages. */
  request: string
  hint: string
  pass: string
  fail: string
  finished: string
  script: ChallengeScriptMessages
}

const en: ChallengeMessages = {
  lang: 'en',
  dir: 'ltr',
  title: 'Confirm your payment',
  request: 'Your bank asks you to confirm a payment of {amount} with {card}.',
  hint: 'This is a test page: choose what the bank should answer.',
  pass: 'Complete authentication',
  fail: 'Fail authentication',
  finished: 'This authentication is already finished.',
  script: {
    contacting: 'Contacting your bank…',
    done: 'Done. Returning to the shop…',
    unreachable: 'The bank could not be reached. Try again.',
  },
}

const es: ChallengeMessages = {
  lang: 'es',
  dir: 'ltr',
  title: 'Confirma tu pago',
  request: 'Tu banco te pide que confirmes un pago de {amount} con {card}.',
  hint: 'Esta es una página de prueba: elige qué debe responder el banco.',
  pass: 'Completar la autenticación',
  fail: 'Hacer fallar la autenticación',
  finished: 'Esta autenticación ya ha terminado.',
  script: {
    contacting: 'Contactando con tu banco…',
    done: 'Listo. Volviendo a la tienda…',
    unreachable: 'No se pudo contactar con el banco. Inténtalo de nuevo.',
  },
}

const de: ChallengeMessages = {
  lang: 'de',
  dir: 'ltr',
  title: 'Bestätige deine Zahlung',
  request: 'Deine Bank bittet dich, eine Zahlung von {amount} mit {card} zu bestätigen.',
  hint: 'Dies ist eine Testseite: Wähle, was die Bank antworten soll.',
  pass: 'Authentifizierung abschließen',
  fail: 'Authentifizierung fehlschlagen lassen',
  finished: 'Diese Authentifizierung ist bereits abgeschlossen.',
  script: {
    contacting: 'Verbindung zu deiner Bank…',
    done: 'Fertig. Zurück zum Shop…',
    unreachable: 'Die Bank ist nicht erreichbar. Versuche es erneut.',
  },
}

const fr: ChallengeMessages = {
  lang: 'fr',
  dir: 'ltr',
  title: 'Confirmez votre paiement',
  request: 'Votre banque vous demande de confirmer un paiement de {amount} avec {card}.',
  hint: 'Ceci est une page de test : choisissez ce que la banque doit répondre.',
  pass: 'Valider l’authentification',
  fail: 'Faire échouer l’authentification',
  finished: 'Cette authentification est déjà terminée.',
  script: {
    contacting: 'Connexion à votre banque…',
    done: 'C’est fait. Retour à la boutique…',
    unreachable: 'Impossible de joindre la banque. Réessayez.',
  },
}

const ar: ChallengeMessages = {
  lang: 'ar',
  dir: 'rtl',
  title: 'أكّد عملية الدفع',
  request: 'يطلب منك البنك تأكيد دفعة بقيمة {amount} باستخدام {card}.',
  hint: 'هذه صفحة اختبار: اختر الرد الذي يرسله البنك.',
  pass: 'إكمال المصادقة',
  fail: 'إفشال المصادقة',
  finished: 'اكتملت هذه المصادقة بالفعل.',
  script: {
    contacting: 'جارٍ الاتصال بالبنك…',
    done: 'تم. جارٍ العودة إلى المتجر…',
    unreachable: 'تعذّر الوصول إلى البنك. حاول مرة أخرى.',
  },
}

const byLanguage = { en, es, de, fr, ar } as const

/** The bank page's words for the widget's locale; English for anything else. */
export function challengeMessages(locale: string | undefined): ChallengeMessages {
  return byLanguage[pageLanguage(locale)]
}
