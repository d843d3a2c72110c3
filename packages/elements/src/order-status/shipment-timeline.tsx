import type { TrackingEvent } from '@weship/checkout-core'
import { dateFormat } from '../components/delivery-dates.js'
import { useTranslator } from '../components/translator-context.js'

/** The carrier's scans, newest first: status in the shopper's words, time, place, description. */
export function ShipmentTimeline({ events, label }: { events: TrackingEvent[]; label: string }) {
  const { t, locale } = useTranslator()
  if (events.length === 0) return <p class="hint">{t('orderStatus.preparing')}</p>
  const format = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <ol part="timeline" class="timeline" aria-label={label}>
      {[...events].reverse().map((event, index) => (
        <li
          key={event.id}
          part="timeline-event"
          class={index === 0 ? 'timeline-event timeline-latest' : 'timeline-event'}
        >
          <strong part="event-status" class="event-status">
            {t(`orderStatus.shipmentStates.${event.status}`)}
          </strong>
          <time part="event-time" class="hint" dateTime={event.occurredAt}>
            {format.format(new Date(event.occurredAt))}
          </time>
          {event.location && (
            <span part="event-location" class="event-location">
              {event.location}
            </span>
          )}
          {event.description && (
            <span part="event-description" class="event-description">
              {event.description}
            </span>
          )}
        </li>
      ))}
    </ol>
  )
}
