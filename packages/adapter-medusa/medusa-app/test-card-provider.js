// A card gateway for tests (`pp_test-card_weship`): it authorizes every payment session except
// one whose token starts with "decline", as a real gateway declines a card. Medusa's own system
// provider never declines, so the decline path needs this.
const { randomUUID } = require('node:crypto')
const {
  AbstractPaymentProvider,
  ModuleProvider,
  Modules,
  PaymentActions,
  PaymentSessionStatus,
} = require('@medusajs/framework/utils')

class TestCardProvider extends AbstractPaymentProvider {
  static identifier = 'test-card'

  async initiatePayment({ data }) {
    return {
      id: randomUUID(),
      data: { token: typeof data?.token === 'string' ? data.token : null },
    }
  }
  async authorizePayment({ data }) {
    const declined = String(data?.token ?? '').startsWith('decline')
    const status = declined ? PaymentSessionStatus.ERROR : PaymentSessionStatus.AUTHORIZED
    return { status, data }
  }
  async getPaymentStatus({ data }) {
    return { status: PaymentSessionStatus.AUTHORIZED, data }
  }
  async retrievePayment({ data }) {
    return { data }
  }
  async updatePayment({ data }) {
    return { data }
  }
  async deletePayment({ data }) {
    return { data }
  }
  async capturePayment({ data }) {
    return { data }
  }
  async refundPayment({ data }) {
    return { data }
  }
  async cancelPayment({ data }) {
    return { data }
  }
  async getWebhookActionAndData() {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

module.exports = ModuleProvider(Modules.PAYMENT, { services: [TestCardProvider] })
