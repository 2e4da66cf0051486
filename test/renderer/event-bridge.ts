// A stand-in for the preload's window.events in component and store tests: the test pushes the back
// end's events by name, typed by the shared event table, and can see how many listeners the page holds.
import type { EventBridge } from '#shared/api'
import type { ServerEvent, ServerEventName, ServerEvents } from '#shared/serverEvents'

export interface FakeEventBridge {
  push<K extends ServerEventName>(name: K, payload: ServerEvents[K]): void
  /** listeners the page has on the bridge now */
  readonly listening: number
}

/** Installs a fresh window.events and returns its controls. */
export function installEventBridge(): FakeEventBridge {
  const listeners = new Set<(event: ServerEvent) => void>()
  const bridge: EventBridge = {
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  Object.assign(window, { events: bridge })
  return {
    push(name, payload) {
      for (const listener of [...listeners]) listener({ name, payload } as ServerEvent)
    },
    get listening() {
      return listeners.size
    },
  }
}
