import { beforeAll, describe, expect, it } from 'vitest'
import { addAddressData } from './address-data.js'
import { allAddressData } from './data/all.js'
import { formatAddress } from './format-address.js'

beforeAll(() => addAddressData(allAddressData))

describe('formatAddress: each country in its own form', () => {
  it.each([
    [
      'US',
      {
        name: 'Ada Lovelace',
        line1: '350 Fifth Avenue',
        line2: 'Floor 34',
        city: 'New York',
        region: 'NY',
        postalCode: '10118',
      },
      ['Ada Lovelace', '350 Fifth Avenue', 'Floor 34', 'New York, NY 10118', 'United States'],
    ],
    [
      'GB',
      {
        name: 'Sherlock Holmes',
        line1: '221B Baker Street',
        city: 'London',
        postalCode: 'NW1 6XE',
      },
      ['Sherlock Holmes', '221B Baker Street', 'LONDON', 'NW1 6XE', 'United Kingdom'],
    ],
    [
      'DE',
      {
        name: 'Erika Mustermann',
        line1: 'Unter den Linden 1',
        city: 'Berlin',
        postalCode: '10117',
      },
      ['Erika Mustermann', 'Unter den Linden 1', '10117 Berlin', 'Germany'],
    ],
    [
      'JP',
      { name: '山田太郎', line1: '渋谷区渋谷1-2-3', region: '13', postalCode: '150-0002' },
      ['〒150-0002', '東京都', '渋谷区渋谷1-2-3', '山田太郎', 'Japan'],
    ],
    [
      'JP',
      {
        name: 'Taro Yamada',
        line1: '1-2-3 Shibuya',
        line2: 'Shibuya-ku',
        region: '13',
        postalCode: '150-0002',
      },
      ['Taro Yamada', '1-2-3 Shibuya', 'Shibuya-ku, Tokyo', '150-0002', 'Japan'],
    ],
    [
      'BR',
      {
        name: 'João Silva',
        line1: 'Avenida Paulista, 1578',
        city: 'São Paulo',
        region: 'SP',
        postalCode: '01310-200',
      },
      ['João Silva', 'Avenida Paulista, 1578', 'São Paulo-SP', '01310-200', 'Brazil'],
    ],
    [
      'IN',
      {
        name: 'Priya Sharma',
        line1: '12 Janpath',
        city: 'New Delhi',
        region: 'DL',
        postalCode: '110001',
      },
      ['Priya Sharma', '12 Janpath', 'New Delhi 110001', 'Delhi', 'India'],
    ],
    [
      'IE',
      {
        name: 'Aoife Murphy',
        line1: '1 Grafton Street',
        city: 'Dublin 2',
        region: 'D',
        postalCode: 'D02 X285',
      },
      ['Aoife Murphy', '1 Grafton Street', 'Dublin 2', 'Co. Dublin D02 X285', 'Ireland'],
    ],
    [
      'HK',
      { name: '陳大文', line1: '彌敦道100號', city: '油尖旺區', region: 'Kowloon' },
      ['九龍', '油尖旺區', '彌敦道100號', '陳大文', 'Hong Kong SAR China'],
    ],
    [
      'HK',
      { name: 'Chan Tai Man', line1: '100 Nathan Road', city: 'Tsim Sha Tsui', region: 'Kowloon' },
      ['Chan Tai Man', '100 Nathan Road', 'Tsim Sha Tsui', 'Kowloon', 'Hong Kong SAR China'],
    ],
    [
      'AE',
      { name: 'Fatima Al Mansoori', line1: 'Villa 12, Street 5, Al Wasl', region: 'DU' },
      ['Fatima Al Mansoori', 'Villa 12, Street 5, Al Wasl', 'Dubai', 'United Arab Emirates'],
    ],
    [
      'AE',
      { name: 'فاطمة المنصوري', line1: 'فيلا ١٢، شارع ٥، الوصل', region: 'DU' },
      ['فاطمة المنصوري', 'فيلا ١٢، شارع ٥، الوصل', 'إمارة دبيّ', 'United Arab Emirates'],
    ],
  ])('%s: %o', (country, fields, lines) => {
    expect(formatAddress({ country, ...fields }, { locale: 'en' })).toEqual(lines)
  })

  it('names the country in the reader’s language, and only when asked', () => {
    const address = { country: 'DE', name: 'Erika', line1: 'Hauptstr. 1', city: 'Köln' }
    expect(formatAddress(address, { locale: 'de' }).at(-1)).toBe('Deutschland')
    expect(formatAddress(address, { locale: 'ar' }).at(-1)).toBe('ألمانيا')
    expect(formatAddress(address)).toEqual(['Erika', 'Hauptstr. 1', 'Köln'])
  })

  it('writes the capitals the post asks for on an envelope', () => {
    const address = { country: 'US', name: 'Ada', line1: '1 Main St', city: 'New York' }
    const envelope = formatAddress(
      { ...address, region: 'NY', postalCode: '10118' },
      {
        envelope: true,
      },
    )
    expect(envelope.at(-1)).toBe('NEW YORK, NY 10118')
  })

  it('drops the separators of an empty field, and a prefix without its field', () => {
    const us = { country: 'US', line1: '1 Main St', city: 'New York', postalCode: '10118' }
    expect(formatAddress(us).at(-1)).toBe('New York, 10118')
    expect(formatAddress({ ...us, city: '' }).at(-1)).toBe('10118')
    const zurich = { country: 'CH', line1: 'Bahnhofstrasse 1', city: 'Zürich' }
    expect(formatAddress({ ...zurich, postalCode: '8001' }).at(-1)).toBe('CH-8001 Zürich')
    expect(formatAddress(zurich).at(-1)).toBe('Zürich')
  })

  it('keeps a city that the format has no place for, in the street lines', () => {
    const jp = { country: 'JP', region: '13', postalCode: '150-0002' }
    expect(formatAddress({ ...jp, name: '山田太郎', line1: '渋谷1-2-3', city: '渋谷区' })).toEqual([
      '〒150-0002',
      '東京都',
      '渋谷区',
      '渋谷1-2-3',
      '山田太郎',
    ])
    expect(
      formatAddress({ ...jp, name: 'Taro Yamada', line1: '1-2-3 Shibuya', city: 'Shibuya-ku' }),
    ).toEqual(['Taro Yamada', '1-2-3 Shibuya', 'Shibuya-ku, Tokyo', '150-0002'])
  })

  it('uses the data set’s default for a code it does not know', () => {
    expect(
      formatAddress({ country: 'QQ', name: 'A', line1: 'B', city: 'C', postalCode: 'Z1' }),
    ).toEqual(['A', 'B', 'C'])
  })
})
