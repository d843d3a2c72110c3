import { signal } from '@preact/signals'
import type { WeshipEventMap } from '@weship/checkout-core'
import { h } from 'preact'
import { afterEach, describe, expect, it } from 'vitest'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'
import { WeshipElement } from './weship-element.js'

afterEach(resetPage)

const failing = signal(false)

function Greeting({ name }: { name: string | null }) {
  if (failing.value) throw new Error('view broke')
  return h('p', { part: 'base' }, `Hello ${name ?? 'nobody'}`)
}

class GreetingElement extends WeshipElement {
  static observedAttributes = ['name']
  effects = 0
  protected override view() {
    return h(() => h(Greeting, { name: this.attribute('name').value }), null)
  }
  protected override connected() {
    this.watch(() => {
      this.attribute('name').value
      this.effects++
    })
  }
  announce() {
    this.emit('weship-ready', { element: this.localName })
  }
}
customElements.define('test-greeting', GreetingElement)

function mount(name?: string) {
  const element = document.createElement('test-greeting') as GreetingElement
  if (name) element.setAttribute('name', name)
  document.body.append(element)
  return element
}

describe('WeshipElement', () => {
  it('renders its view into an open shadow root, in a task after the one that connected it', async () => {
    const element = mount('Ada')
    expect(element.shadowRoot?.mode).toBe('open')
    // Inserting or defining an element never runs its start-up in the same task.
    expect(element.shadowRoot?.childNodes).toHaveLength(0)
    expect(await shadow(element).findByText('Hello Ada')).toBeTruthy()
  })

  it('starts nothing when removed before its start-up task ran', async () => {
    const element = mount('Ada')
    element.remove()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(element.shadowRoot?.childNodes).toHaveLength(0)
    expect(element.effects).toBe(0)
  })

  it('re-renders when an observed attribute changes', async () => {
    const element = mount('Ada')
    element.setAttribute('name', 'Grace')
    expect(await shadow(element).findByText('Hello Grace')).toBeTruthy()
  })

  it('shares one constructable stylesheet between all instances, made on first connect', () => {
    const [first, second] = [mount(), mount()]
    const sheets = [first, second].map((element) => element.shadowRoot?.adoptedStyleSheets ?? [])
    expect(sheets[0]).toHaveLength(1)
    expect(sheets[1]?.[0]).toBe(sheets[0]?.[0])
    expect(first.shadowRoot?.querySelector('style')).toBeNull()
  })

  it('dispatches typed events that bubble out of the shadow root', () => {
    const ready = collectEvents<WeshipEventMap['weship-ready']>('weship-ready')
    const element = mount()
    element.announce()
    expect(ready).toHaveLength(1)
    expect(ready[0]).toMatchObject({ bubbles: true, composed: true, target: element })
    expect(ready[0]?.detail).toEqual({ element: 'test-greeting' })
  })

  it('unmounts and stops its effects on disconnect, and comes back on reconnect', async () => {
    const element = mount('Ada')
    await shadow(element).findByText('Hello Ada')
    const effectsWhileConnected = element.effects
    element.remove()
    expect(element.shadowRoot?.childNodes).toHaveLength(0)
    element.setAttribute('name', 'Grace')
    expect(element.effects).toBe(effectsWhileConnected)
    document.body.append(element)
    expect(await shadow(element).findByText('Hello Grace')).toBeTruthy()
  })

  it('turns a view that throws into an error state and a weship-error, never a throw', async () => {
    const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
    const element = mount('Ada')
    failing.value = true
    try {
      expect((await shadow(element).findByRole('alert')).textContent).toBe('Something went wrong.')
      expect(errors.map((event) => event.detail)).toEqual([
        { code: 'ADAPTER', reason: undefined, message: 'view broke' },
      ])
    } finally {
      failing.value = false
    }
  })
})
