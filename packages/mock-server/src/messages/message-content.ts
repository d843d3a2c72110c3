import { CheckoutError } from '@weship/checkout-core'
import * as z from 'zod/mini'
import { demoMerchant } from '../engine/demo-merchant.js'

/** A message before it becomes HTML and text: both parts render the same content. */
export interface MessageContent {
  lang: string
  dir: 'ltr' | 'rtl'
  subject: string
  heading: string
  paragraphs: string[]
  /** Label and value pairs: carrier, tracking number, estimated delivery, … */
  facts: { label: string; value: string }[]
  /** Where the order goes, in its country's form (core's `formatAddress`), a line each. */
  address?: { label: string; lines: string[] }
  receipt?: {
    title: string
    lines: { name: string; detail: string; amount: string }[]
    /** The column that adds up to the total, which comes last. */
    totals: { label: string; amount: string; strong?: boolean }[]
    /** Said under the column, never in it: tax already in the prices. */
    notes?: string[]
    /** How it was paid: each gift card, then what the card was charged. */
    payments?: { title: string; lines: { label: string; amount: string }[] }
  }
  action?: Link
  secondaryAction?: Link
  footer: {
    merchant: string
    postalAddress: string
    note: string
    unsubscribe?: Link
  }
}

/** What a message says before the frame every message shares (language and footer). */
export type MessageBody = Omit<MessageContent, 'lang' | 'dir' | 'footer'>

export interface Link {
  label: string
  url: string
}

/** Who sends, and where the links in messages lead. */
export interface MessageSettings {
  merchant: {
    name: string
    /** One line; e-mail law asks for the sender's postal address in every message. */
    postalAddress: string
    /** The sender's address; the From header shows it under the shop's `name`. */
    mailFrom: string
  }
  /** The page with `<weship-order-status>`; links add `?order=<id>&token=<token>`. */
  orderStatusUrl: string
  /**
   * The shop page with `<weship-checkout>`; reminder links add `?weship_cart=<token>`, "Buy
   * again" links `?weship_reorder=<token>`.
   */
  shopUrl: string
  /** This API's public base URL, for unsubscribe links. */
  apiUrl: string
}

/**
 * The address part of a From setting: `Name <shop@x>` or `shop@x`. The name shown is always the
 * shop's own, so the sender and the store never call themselves two things.
 */
export function mailAddress(from: string): string {
  return (/<([^<>]+)>\s*$/.exec(from)?.[1] ?? from).trim()
}

export const demoMessageSettings: Omit<MessageSettings, 'apiUrl'> = {
  merchant: { ...demoMerchant, mailFrom: 'shop@northwind.example' },
  orderStatusUrl: 'http://127.0.0.1:5173/tracking-page/',
  shopUrl: 'http://127.0.0.1:5173/script-tag/',
}

const webUrl = z.url({ protocol: /^https?$/ })
const linkTargets = z.object({
  orderStatusUrl: webUrl,
  shopUrl: webUrl,
  apiUrl: z.optional(webUrl),
})

/** Refuses, at start, link targets that would break every message sent later. */
export function assertMessageLinks(settings: Partial<MessageSettings>): void {
  const { orderStatusUrl, shopUrl, apiUrl } = settings
  const result = linkTargets.safeParse({
    orderStatusUrl: orderStatusUrl ?? demoMessageSettings.orderStatusUrl,
    shopUrl: shopUrl ?? demoMessageSettings.shopUrl,
    apiUrl,
  })
  if (result.success) return
  const fields = result.error.issues.map((issue) => issue.path.join('.')).join(', ')
  throw new CheckoutError('CONFIG', `E-mail links need http(s) URLs: check ${fields}.`)
}
