import { describe, expect, it } from 'vitest'
import type { TrackingEvent } from '../schemas/tracking.js'
import { collapseRepeatedScans, currentShipmentStatus } from './collapse-scans.js'

const scan = (id: string, status: TrackingEvent['status'], at: string, location?: string) => ({
  id,
  status,
  occurredAt: `2026-11-26T${at}:00.000Z`,
  ...(location ? { location } : {}),
})

describe('collapseRepeatedScans', () => {
  it('keeps one event per repeated status and place, in time order', () => {
    const events = collapseRepeatedScans([
      scan('c', 'in_transit', '12:00', 'Leipzig hub'),
      scan('a', 'info_received', '08:00'),
      scan('b', 'in_transit', '10:00', 'Berlin'),
      scan('b2', 'in_transit', '10:30', 'Berlin'),
      scan('c2', 'in_transit', '12:05', 'Leipzig hub'),
    ])
    expect(events.map((event) => event.id)).toEqual(['a', 'b', 'c'])
  })

  it('keeps a status that comes back after another one', () => {
    const events = collapseRepeatedScans([
      scan('a', 'out_for_delivery', '08:00'),
      scan('b', 'attempt_failed', '12:00'),
      scan('c', 'out_for_delivery', '08:00'.replace('08', '20')),
    ])
    expect(events.map((event) => event.status)).toEqual([
      'out_for_delivery',
      'attempt_failed',
      'out_for_delivery',
    ])
    expect(currentShipmentStatus(events)).toBe('out_for_delivery')
  })

  it('calls a shipment without scans pending', () => {
    expect(currentShipmentStatus([])).toBe('pending')
  })
})
