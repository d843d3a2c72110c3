// `medusa exec ./seed.js`: the demo shop of demo-catalog.json, created through Medusa's own
// workflows as Medusa's starter seeds a new shop. Writes the publishable key to $WESHIP_SEED_OUT.
const { writeFileSync } = require('node:fs')
const { ContainerRegistrationKeys, Modules, ProductStatus } = require('@medusajs/framework/utils')
const flows = require('@medusajs/medusa/core-flows')
const catalog = require('./demo-catalog.json')

const countriesOf = (region) => Object.keys(region.countries)
const pricesOf = (prices) =>
  Object.entries(prices).map(([currency_code, amount]) => ({ currency_code, amount }))

exports.default = async function seed({ container }) {
  const run = async (workflow, input) => (await workflow(container).run({ input })).result
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [store] = await container.resolve(Modules.STORE).listStores()
  const channels = container.resolve(Modules.SALES_CHANNEL)
  let [channel] = await channels.listSalesChannels({ name: 'Default Sales Channel' })
  if (!channel) {
    const salesChannelsData = [{ name: 'Default Sales Channel' }]
    ;[channel] = await run(flows.createSalesChannelsWorkflow, { salesChannelsData })
  }
  // Tax-inclusive prices are a preference of the currency (the prices are per currency).
  const supported_currencies = catalog.regions.map((region, index) => ({
    currency_code: region.currency,
    is_default: index === 0,
    is_tax_inclusive: region.taxInclusive,
  }))
  await run(flows.updateStoresWorkflow, {
    selector: { id: store.id },
    update: { supported_currencies, default_sales_channel_id: channel.id },
  })
  const regions = await run(flows.createRegionsWorkflow, {
    regions: catalog.regions.map((region) => ({
      name: region.name,
      currency_code: region.currency,
      countries: countriesOf(region),
      is_tax_inclusive: region.taxInclusive,
      payment_providers: catalog.paymentProviders,
    })),
  })
  // A cart created without a region is in the first (Europe): the store's default region.
  await run(flows.updateStoresWorkflow, {
    selector: { id: store.id },
    update: { default_region_id: regions[0].id },
  })
  await run(
    flows.createTaxRegionsWorkflow,
    catalog.regions.flatMap((region) =>
      Object.entries(region.countries).map(([country_code, rate]) => ({
        country_code,
        provider_id: 'tp_system',
        ...(rate === null
          ? {}
          : { default_tax_rate: { rate, code: `vat-${country_code}`, name: 'VAT' } }),
      })),
    ),
  )

  const [location] = await run(flows.createStockLocationsWorkflow, {
    locations: [
      {
        name: 'Warehouse',
        address: { address_1: 'Lagerstrasse 1', city: 'Berlin', country_code: 'DE' },
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: 'manual_manual' },
  })
  await run(flows.linkSalesChannelsToStockLocationWorkflow, { id: location.id, add: [channel.id] })
  let [profile] = await fulfillment.listShippingProfiles({ type: 'default' })
  if (!profile) {
    const data = [{ name: 'Default', type: 'default' }]
    ;[profile] = await run(flows.createShippingProfilesWorkflow, { data })
  }
  const geo_zones = catalog.regions.flatMap((region) =>
    countriesOf(region).map((country_code) => ({ country_code, type: 'country' })),
  )
  const shipping = await fulfillment.createFulfillmentSets({
    name: 'Warehouse delivery',
    type: 'shipping',
    service_zones: [{ name: 'Where we sell', geo_zones }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: shipping.id },
  })
  await run(
    flows.createShippingOptionsWorkflow,
    catalog.shippingOptions.map((option) => ({
      name: option.name,
      price_type: 'flat',
      provider_id: 'manual_manual',
      service_zone_id: shipping.service_zones[0].id,
      shipping_profile_id: profile.id,
      type: { label: option.name, description: option.name, code: option.code },
      prices: pricesOf(option.prices),
      rules: [
        { attribute: 'enabled_in_store', value: 'true', operator: 'eq' },
        { attribute: 'is_return', value: 'false', operator: 'eq' },
      ],
    })),
  )

  const [key] = await run(flows.createApiKeysWorkflow, {
    api_keys: [{ title: catalog.publishableKeyTitle, type: 'publishable', created_by: '' }],
  })
  await run(flows.linkSalesChannelsToApiKeyWorkflow, { id: key.id, add: [channel.id] })

  await run(flows.createProductsWorkflow, {
    products: catalog.products.map((product) => ({
      title: product.title,
      handle: product.handle,
      description: product.description,
      status: ProductStatus.PUBLISHED,
      shipping_profile_id: profile.id,
      sales_channels: [{ id: channel.id }],
      options: [
        { title: product.option, values: product.variants.map((variant) => variant.value) },
      ],
      variants: product.variants.map((variant) => ({
        title: variant.value,
        sku: variant.sku,
        options: { [product.option]: variant.value },
        manage_inventory: variant.stock !== null,
        prices: pricesOf(product.prices),
      })),
    })),
  })
  const stockBySku = new Map(
    catalog.products.flatMap((product) => product.variants.map((v) => [v.sku, v.stock])),
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: inventoryItems } = await query.graph({
    entity: 'inventory_item',
    fields: ['id', 'sku'],
  })
  await run(flows.createInventoryLevelsWorkflow, {
    inventory_levels: inventoryItems.map((item) => ({
      location_id: location.id,
      inventory_item_id: item.id,
      stocked_quantity: stockBySku.get(item.sku) ?? 0,
    })),
  })

  await run(flows.createPromotionsWorkflow, {
    promotionsData: catalog.promotions.map((promotion) => ({
      code: promotion.code,
      type: 'standard',
      status: 'active',
      application_method: {
        type: 'percentage',
        target_type: 'order',
        allocation: 'across',
        value: promotion.percentage,
      },
      ...(promotion.campaign && {
        campaign: {
          name: promotion.code,
          campaign_identifier: promotion.code.toLowerCase(),
          starts_at: new Date(promotion.campaign.startsAt),
          ends_at: new Date(promotion.campaign.endsAt),
        },
      }),
    })),
  })

  const seeded = {
    publishableKey: key.token,
    regions: regions.map((region) => ({ id: region.id, currency: region.currency_code })),
  }
  if (process.env.WESHIP_SEED_OUT)
    writeFileSync(process.env.WESHIP_SEED_OUT, JSON.stringify(seeded))
}
