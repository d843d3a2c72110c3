import type { OrderStatusModel } from '@weship/checkout-core'
import { ErrorState } from '../components/error-state.js'
import { useTranslator } from '../components/translator-context.js'

interface BuyAgainProps {
  model: OrderStatusModel
  /** The shop page with `<weship-checkout>`, which turns `?weship_reorder=` into a new cart. */
  shopUrl: string
  navigate(url: string): void
}

/** "Buy again": a fresh single-purpose link, then off to the shop, where the cart fills. */
export function BuyAgain({ model, shopUrl, navigate }: BuyAgainProps) {
  const { t } = useTranslator()
  const state = model.reorder.value
  const working = state.status === 'working'
  async function buyAgain() {
    const token = await model.buyAgain()
    if (!token) return
    const url = new URL(shopUrl)
    url.searchParams.set('weship_reorder', token)
    navigate(url.href)
  }
  return (
    <div class="buy-again">
      <button
        part="button buy-again-button"
        class="button"
        type="button"
        aria-disabled={working}
        onClick={() => void (working || buyAgain())}
      >
        {working && <span class="spinner" aria-hidden="true" />}
        {t('orderStatus.buyAgain')}
      </button>
      {state.status === 'failed' && <ErrorState error={state.error} onRetry={buyAgain} />}
    </div>
  )
}
