import { cleanup, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { afterPress, useSteadyWhilePressed } from './pointer-press.js'

afterEach(cleanup)

const press = (button = 0) =>
  document.dispatchEvent(Object.assign(new Event('pointerdown'), { button }))
const release = () => document.dispatchEvent(new Event('pointerup'))
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

function Shown({ value }: { value: string }) {
  return <p>{useSteadyWhilePressed(value)}</p>
}

describe('changes that wait for a pointer to be released', () => {
  it('runs a change at once, or after the release and the click it makes', async () => {
    const ran: string[] = []
    afterPress(() => ran.push('now'))
    expect(ran).toEqual(['now'])
    press()
    afterPress(() => ran.push('later'))
    expect(ran).toEqual(['now'])
    release()
    // The click comes first: it is dispatched right after the release, in the same task.
    expect(ran).toEqual(['now'])
    await nextTask()
    expect(ran).toEqual(['now', 'later'])
  })

  it('keeps what is shown while the pointer is down, then shows the new value', async () => {
    const view = render(<Shown value="loading" />)
    press()
    view.rerender(<Shown value="options" />)
    expect(screen.getByText('loading')).toBeTruthy()
    release()
    await nextTask()
    await nextTask()
    expect(screen.getByText('options')).toBeTruthy()
    view.rerender(<Shown value="none" />)
    expect(screen.getByText('none')).toBeTruthy()
  })

  it('holds nothing for a right press, whose release goes to the menu it opens', async () => {
    const ran: string[] = []
    press(2)
    afterPress(() => ran.push('at once'))
    expect(ran).toEqual(['at once'])
  })

  it('lets go when a menu or a drag takes the press, or the window loses focus', async () => {
    for (const [target, type] of [
      [document, 'contextmenu'],
      [document, 'dragstart'],
      [window, 'blur'],
    ] as const) {
      const ran: string[] = []
      press()
      afterPress(() => ran.push(type))
      target.dispatchEvent(new Event(type))
      await nextTask()
      expect(ran).toEqual([type])
    }
  })
})
