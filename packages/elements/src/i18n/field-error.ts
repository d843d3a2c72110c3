import { isMessageKey, type MessageKey } from './message-key.js'

/** The message for a field's `reason` (a validation rule or a server refusal such as `code_expired`). */
export function fieldErrorKey(reason: string): MessageKey {
  const key = `fieldErrors.${reason}`
  return isMessageKey(key) ? key : 'fieldErrors.invalid'
}
