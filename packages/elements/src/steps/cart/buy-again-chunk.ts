// What a page opened by a "Buy again" link fetches besides the checkout: the new cart and the
// notice of what it could not add, in English. Other checkout pages never need it.
import reorderEnglish from '@weship/checkout-core/locales/en.json?pick=reorder'

export { reorderCart } from '@weship/checkout-core'
export { ReorderNotice } from './reorder-notice.js'
export { reorderEnglish }
