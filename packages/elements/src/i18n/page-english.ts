import pageEnglish from '@weship/checkout-core/locales/en.json?pick=address,codes,confirmation,contact,fieldErrors,fields,orderStatus,payment,review,shipping,steps,summary'

/**
 * The English of the checkout's steps and of the order status page. Their chunks bring it and
 * hand it to `addEnglish`, so a product page's first load carries only the buttons' words
 * (translator.ts picks those). A test checks that the two picks cover en.json.
 */
export { pageEnglish }
