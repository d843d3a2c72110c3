import { render } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { isolated } from './isolated.js'
import { createTranslator } from './translator.js'

describe('isolated', () => {
  it('puts each filled-in value in a bdi of its own, in the order the language wants', () => {
    const { t } = createTranslator('ar')
    const { container } = render(
      <p>{isolated(t, 'review.totalChanged', { previous: '€10.00', total: '€12.00' })}</p>,
    )
    expect([...container.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([
      '€10.00',
      '€12.00',
    ])
    expect(container.textContent).toBe(
      t('review.totalChanged', { previous: '€10.00', total: '€12.00' }),
    )
  })

  it('keeps count a number, for the plural forms', () => {
    const { t } = createTranslator('ar')
    const { container } = render(<p>{isolated(t, 'cart.itemCount', { count: 2 })}</p>)
    expect(container.textContent).toBe('منتجان')
    expect(container.querySelector('bdi')).toBeNull()
  })
})
