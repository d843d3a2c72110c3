import { buildVariants } from './build-variants.js'
import * as images from './demo-images.js'
import type { Catalog } from './types.js'

// Set per market like a real merchant would, not converted: JPY has no minor unit (¥12800 is 12800).
const price = (eur: number, usd: number, jpy: number) => ({ EUR: eur, USD: usd, JPY: jpy })
const PLENTY = 100

/** The demo shop: enough variety to show variants, low stock and a sold-out size. */
export const demoCatalog: Catalog = {
  currencies: ['EUR', 'USD', 'JPY'],
  products: [
    {
      id: 'merino-crew-sweater',
      name: 'Merino Crew Sweater',
      description: 'Fine-gauge extra-fine merino, warm without the bulk. Machine washable.',
      imageSvg: images.merinoCrewSweaterSvg,
      variants: buildVariants({
        skuPrefix: 'MERINO-CREW',
        prices: price(8900, 9800, 12800),
        options: { colour: ['Navy', 'Oat', 'Forest'], size: ['S', 'M', 'L', 'XL'] },
        stock: PLENTY,
        stockBySku: { 'MERINO-CREW-FOREST-XL': 3, 'MERINO-CREW-OAT-XL': 0 },
      }),
    },
    {
      id: 'linen-overshirt',
      name: 'Linen Overshirt',
      description: 'Washed European flax with a relaxed fit and a single chest pocket.',
      imageSvg: images.linenOvershirtSvg,
      variants: buildVariants({
        skuPrefix: 'LINEN-OVERSHIRT',
        prices: price(7900, 8500, 11800),
        options: { colour: ['Sand', 'Olive'], size: ['S', 'M', 'L'] },
        stock: PLENTY,
        stockBySku: { 'LINEN-OVERSHIRT-OLIVE-L': 2 },
      }),
    },
    {
      id: 'canvas-weekender-bag',
      name: 'Canvas Weekender Bag',
      description: 'Waxed cotton canvas with leather straps; fits three days of packing.',
      imageSvg: images.canvasWeekenderBagSvg,
      variants: buildVariants({
        skuPrefix: 'WEEKENDER',
        prices: price(12900, 14500, 19800),
        options: { colour: ['Khaki', 'Black'] },
        stock: 25,
        stockBySku: { 'WEEKENDER-BLACK': 4 },
      }),
    },
    {
      id: 'ceramic-pour-over-set',
      name: 'Ceramic Pour-Over Set',
      description: 'A porcelain dripper on a glass carafe. Brews two cups.',
      imageSvg: images.ceramicPourOverSetSvg,
      variants: buildVariants({
        skuPrefix: 'POUR-OVER',
        prices: price(4500, 4900, 6400),
        options: { colour: ['White', 'Charcoal'] },
        stock: PLENTY,
      }),
    },
    {
      id: 'organic-cotton-tee',
      name: 'Organic Cotton Tee',
      description: 'Mid-weight organic cotton jersey, cut to hold its shape wash after wash.',
      imageSvg: images.organicCottonTeeSvg,
      variants: buildVariants({
        skuPrefix: 'COTTON-TEE',
        prices: price(2900, 3200, 3900),
        options: { colour: ['White', 'Black', 'Sage'], size: ['XS', 'S', 'M', 'L', 'XL'] },
        stock: PLENTY,
      }),
    },
    {
      id: 'waxed-trucker-cap',
      name: 'Waxed Trucker Cap',
      description: 'Water-resistant waxed cotton with an adjustable leather strap. One size.',
      imageSvg: images.waxedTruckerCapSvg,
      variants: buildVariants({
        skuPrefix: 'TRUCKER-CAP',
        prices: price(3400, 3800, 4800),
        options: { colour: ['Olive', 'Navy'] },
        stock: PLENTY,
        stockBySku: { 'TRUCKER-CAP-NAVY': 3 },
      }),
    },
    {
      id: 'trail-running-socks-3-pack',
      name: 'Trail Running Socks 3-pack',
      description: 'Cushioned merino blend with a seamless toe. S 36–39, M 40–43, L 44–47.',
      imageSvg: images.trailRunningSocksSvg,
      variants: buildVariants({
        skuPrefix: 'TRAIL-SOCKS-3PK',
        prices: price(1900, 2100, 2600),
        options: { size: ['S', 'M', 'L'] },
        stock: PLENTY,
      }),
    },
    {
      id: 'stoneware-mug',
      name: 'Stoneware Mug',
      description: 'Hand-glazed stoneware, 350 ml. Dishwasher and microwave safe.',
      imageSvg: images.stonewareMugSvg,
      variants: buildVariants({
        skuPrefix: 'STONEWARE-MUG',
        prices: price(2200, 2400, 3000),
        options: { colour: ['Slate', 'Speckled'] },
        stock: PLENTY,
      }),
    },
    {
      id: 'leather-card-holder',
      name: 'Leather Card Holder',
      description: 'Vegetable-tanned leather, four card slots and a centre pocket.',
      imageSvg: images.leatherCardHolderSvg,
      variants: buildVariants({
        skuPrefix: 'CARD-HOLDER',
        prices: price(4900, 5500, 7200),
        options: { colour: ['Tan', 'Black'] },
        stock: PLENTY,
        stockBySku: { 'CARD-HOLDER-TAN': 5 },
      }),
    },
  ],
}
