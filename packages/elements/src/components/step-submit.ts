import { createContext } from 'preact'
import { useContext, useLayoutEffect } from 'preact/hooks'

/** What a step's own button does before moving on (save, check, tokenize); true when it may. */
export type StepSubmit = () => Promise<boolean>

/** Holds the shown step's submit, so a jump forward in the step list does exactly the same. */
export const StepSubmitContext = createContext<{ current: StepSubmit | null }>({ current: null })

/** Offers the step's submit to the step list for as long as the step is shown. */
export function useStepSubmit(submit: StepSubmit): void {
  const slot = useContext(StepSubmitContext)
  useLayoutEffect(() => {
    slot.current = submit
    return () => {
      if (slot.current === submit) slot.current = null
    }
  })
}
