import type { ReadonlySignal } from '@preact/signals'
import { isDelivered, type OrderStatusModel } from '@weship/checkout-core'
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks'
import { ErrorState } from '../components/error-state.js'
import { PageSection } from '../components/page-section.js'
import { TranslatorContext } from '../components/translator-context.js'
import { isolated } from '../i18n/isolated.js'
import type { Translator } from '../i18n/translator.js'
import { AccountOffer } from './account-offer.js'
import { BuyAgain } from './buy-again.js'
import { FeedbackForm } from './feedback-form.js'
import { OrderDetails } from './order-details.js'
import { VerifyOrderForm } from './verify-order-form.js'

export interface OrderStatusViewModel {
  translator: ReadonlySignal<Translator>
  status: OrderStatusModel
  /** The feedback e-mail's link asks for the form before the parcel is marked delivered. */
  feedbackRequested: boolean
  /** The `shop-url` page, where "Buy again" leads; no button without it. */
  shopUrl: string | undefined
  /** Leaves for another page (the shop, for "Buy again"). */
  navigate(url: string): void
  retry(): void
  settled(): void
}

/** The status page's frame: loading, the verification form, an error, or the order. */
export function OrderStatusView({ model }: { model: OrderStatusViewModel }) {
  const translator = model.translator.value
  const { t } = translator
  const view = model.status.view.value
  const tracking = model.status.tracking.value
  const title = useRef<HTMLHeadingElement>(null)
  const shown = useRef(view.kind)
  useLayoutEffect(() => {
    if (view.kind !== 'loading') model.settled()
  }, [view.kind, model])
  useEffect(() => {
    // The form that had focus is gone once the order opens: the heading takes it.
    if (shown.current === 'verify' && view.kind === 'order') title.current?.focus()
    if (view.kind !== 'loading') shown.current = view.kind
  }, [view.kind])
  const heading =
    view.kind === 'order'
      ? isolated(t, 'orderStatus.title', { number: view.order.number })
      : view.kind === 'verify'
        ? t('orderStatus.verify.title')
        : t('orderStatus.heading')
  const showFeedback = view.kind === 'order' && (model.feedbackRequested || isDelivered(tracking))
  return (
    <TranslatorContext.Provider value={translator}>
      <PageSection
        translator={translator}
        class="checkout order-status"
        busy={view.kind === 'loading'}
      >
        {view.kind === 'loading' ? (
          <p part="status" class="status" role="status">
            {t('orderStatus.loading')}
          </p>
        ) : (
          <h2 id="title" part="title" class="title" tabIndex={-1} ref={title}>
            {heading}
          </h2>
        )}
        {view.kind === 'verify' && <VerifyOrderForm model={model.status} />}
        {view.kind === 'error' && <ErrorState error={view.error} onRetry={model.retry} />}
        {view.kind === 'order' && model.shopUrl && model.status.canBuyAgain() && (
          <BuyAgain model={model.status} shopUrl={model.shopUrl} navigate={model.navigate} />
        )}
        {view.kind === 'order' && <OrderDetails order={view.order} tracking={tracking} />}
        {showFeedback && <FeedbackForm model={model.status} />}
        {view.kind === 'order' && model.status.accountOffered.value && (
          <AccountOffer model={model.status} order={view.order} />
        )}
      </PageSection>
    </TranslatorContext.Provider>
  )
}
