import { useTranslator } from '../../components/translator-context.js'

/** "Loading your cart…": while the cart, or the checkout's own code, is on its way. */
export function CartLoading() {
  const { t } = useTranslator()
  return (
    <>
      <h2 part="title" class="title" id="title" tabIndex={-1}>
        {t('cart.title')}
      </h2>
      <p part="status" class="status" role="status">
        <span class="spinner" />
        {t('cart.loading')}
      </p>
    </>
  )
}
