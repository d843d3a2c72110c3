import { useTranslator } from '../components/translator-context.js'

const ratings = [1, 2, 3, 4, 5] as const

interface RatingFieldProps {
  value: number | null
  onValue: (rating: number) => void
  error: string | undefined
}

/** 1–5 stars as real radios in a fieldset: arrow keys move, each star says its number. */
export function RatingField({ value, onValue, error }: RatingFieldProps) {
  const { t } = useTranslator()
  const errorId = error ? 'rating-error' : undefined
  return (
    <fieldset
      part="rating"
      class={error ? 'rating field-invalid' : 'rating'}
      aria-describedby={errorId}
    >
      <legend part="legend" class="legend label">
        {t('orderStatus.feedback.rating')}
      </legend>
      <div class="rating-stars">
        {ratings.map((rating) => (
          <label key={rating} part="rating-option" class="rating-option">
            <input
              class="rating-input"
              type="radio"
              name="rating"
              value={rating}
              checked={value === rating}
              aria-invalid={error ? 'true' : undefined}
              onChange={() => onValue(rating)}
            />
            <span class="rating-star" aria-hidden="true">
              {value !== null && rating <= value ? '★' : '☆'}
            </span>
            <span class="visually-hidden">
              {t('orderStatus.feedback.stars', { count: rating })}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p part="field-error" class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  )
}
