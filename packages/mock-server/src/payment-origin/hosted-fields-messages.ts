import { pageLanguage } from './page-language.js'

/** What the card fields' script says; `{digits}` is the length of the security code. */
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

// Labels and messages keep "MM / YY": it is the placeholder the expiry field shows in every language.
const en: HostedFieldsMessages = {
  lang: 'en',
  dir: 'ltr',
  title: 'Card details',
  labels: {
    number: 'Card number',
    expiry: 'Expiry date (MM / YY)',
    cvc: 'Security code (CVC)',
    name: 'Name on card',
  },
  hint: 'Test mode: use 4242 4242 4242 4242, any future date and any 3-digit CVC.',
  script: {
    numberMissing: 'Enter the card number.',
    numberInvalid: 'This card number is not valid.',
    brandUnsupported: 'We accept Visa, Mastercard and American Express.',
    expiryInvalid: 'Enter the expiry date as MM / YY.',
    expired: 'This card has expired.',
    expiryTooFar: 'This expiry date is not valid.',
    cvcInvalid: 'Enter the {digits}-digit security code.',
    testCardOnly: 'This is a test shop: use a test card such as 4242 4242 4242 4242.',
    notChecked: 'The card could not be checked.',
    unreachable: 'The payment service could not be reached. Try again.',
  },
}

const es: HostedFieldsMessages = {
  lang: 'es',
  dir: 'ltr',
  title: 'Datos de la tarjeta',
  labels: {
    number: 'Número de tarjeta',
    expiry: 'Fecha de caducidad (MM / YY)',
    cvc: 'Código de seguridad (CVC)',
    name: 'Nombre del titular',
  },
  hint: 'Modo de prueba: usa 4242 4242 4242 4242, cualquier fecha futura y cualquier CVC de 3 dígitos.',
  script: {
    numberMissing: 'Introduce el número de la tarjeta.',
    numberInvalid: 'Este número de tarjeta no es válido.',
    brandUnsupported: 'Aceptamos Visa, Mastercard y American Express.',
    expiryInvalid: 'Introduce la fecha de caducidad con el formato MM / YY.',
    expired: 'Esta tarjeta ha caducado.',
    expiryTooFar: 'Esta fecha de caducidad no es válida.',
    cvcInvalid: 'Introduce el código de seguridad de {digits} dígitos.',
    testCardOnly:
      'Esta es una tienda de prueba: usa una tarjeta de prueba como 4242 4242 4242 4242.',
    notChecked: 'No se ha podido verificar la tarjeta.',
    unreachable: 'No se ha podido conectar con el servicio de pago. Inténtalo de nuevo.',
  },
}

const de: HostedFieldsMessages = {
  lang: 'de',
  dir: 'ltr',
  title: 'Kartendaten',
  labels: {
    number: 'Kartennummer',
    expiry: 'Ablaufdatum (MM / YY)',
    cvc: 'Sicherheitscode (CVC)',
    name: 'Name auf der Karte',
  },
  hint: 'Testmodus: Verwende 4242 4242 4242 4242, ein beliebiges Datum in der Zukunft und eine beliebige dreistellige CVC.',
  script: {
    numberMissing: 'Gib die Kartennummer ein.',
    numberInvalid: 'Diese Kartennummer ist ungültig.',
    brandUnsupported: 'Wir akzeptieren Visa, Mastercard und American Express.',
    expiryInvalid: 'Gib das Ablaufdatum im Format MM / YY ein.',
    expired: 'Diese Karte ist abgelaufen.',
    expiryTooFar: 'Dieses Ablaufdatum ist ungültig.',
    cvcInvalid: 'Gib den {digits}-stelligen Sicherheitscode ein.',
    testCardOnly: 'Dies ist ein Testshop: Verwende eine Testkarte wie 4242 4242 4242 4242.',
    notChecked: 'Die Karte konnte nicht geprüft werden.',
    unreachable: 'Der Zahlungsdienst ist nicht erreichbar. Bitte versuche es erneut.',
  },
}

const fr: HostedFieldsMessages = {
  lang: 'fr',
  dir: 'ltr',
  title: 'Informations de la carte',
  labels: {
    number: 'Numéro de carte',
    expiry: 'Date d’expiration (MM / YY)',
    cvc: 'Code de sécurité (CVC)',
    name: 'Nom figurant sur la carte',
  },
  hint: 'Mode test : utilisez 4242 4242 4242 4242, n’importe quelle date future et n’importe quel CVC à 3 chiffres.',
  script: {
    numberMissing: 'Saisissez le numéro de carte.',
    numberInvalid: 'Ce numéro de carte n’est pas valide.',
    brandUnsupported: 'Nous acceptons Visa, Mastercard et American Express.',
    expiryInvalid: 'Saisissez la date d’expiration au format MM / YY.',
    expired: 'Cette carte a expiré.',
    expiryTooFar: 'Cette date d’expiration n’est pas valide.',
    cvcInvalid: 'Saisissez le code de sécurité à {digits} chiffres.',
    testCardOnly:
      'Cette boutique est en mode test : utilisez une carte de test comme 4242 4242 4242 4242.',
    notChecked: 'La carte n’a pas pu être vérifiée.',
    unreachable: 'Le service de paiement est injoignable. Veuillez réessayer.',
  },
}

const ar: HostedFieldsMessages = {
  lang: 'ar',
  dir: 'rtl',
  title: 'بيانات البطاقة',
  labels: {
    number: 'رقم البطاقة',
    expiry: 'تاريخ انتهاء الصلاحية (MM / YY)',
    cvc: 'رمز الأمان (CVC)',
    name: 'الاسم على البطاقة',
  },
  hint: 'وضع الاختبار: استخدم 4242 4242 4242 4242 وأي تاريخ مستقبلي وأي رمز CVC مكوّن من 3 أرقام.',
  script: {
    numberMissing: 'يُرجى إدخال رقم البطاقة.',
    numberInvalid: 'رقم البطاقة هذا غير صالح.',
    brandUnsupported: 'نقبل بطاقات Visa وMastercard وAmerican Express.',
    expiryInvalid: 'يُرجى إدخال تاريخ انتهاء الصلاحية بالصيغة MM / YY.',
    expired: 'انتهت صلاحية هذه البطاقة.',
    expiryTooFar: 'تاريخ انتهاء الصلاحية هذا غير صالح.',
    cvcInvalid: 'يُرجى إدخال رمز الأمان المكوّن من {digits} أرقام.',
    testCardOnly: 'هذا متجر تجريبي: استخدم بطاقة اختبار مثل 4242 4242 4242 4242.',
    notChecked: 'تعذّر التحقق من البطاقة.',
    unreachable: 'تعذّر الوصول إلى خدمة الدفع. يُرجى المحاولة مرة أخرى.',
  },
}

const byLanguage = { en, es, de, fr, ar } as const

/** The page's words for a BCP 47 tag by its language (`de-AT` → de); English for anything else. */
export function hostedFieldsMessages(locale: string | undefined): HostedFieldsMessages {
  return byLanguage[pageLanguage(locale)]
}
