// The back end's pushed events, heard by name: `listen('import.progress', …)` in the style of Actual
// Budget's `listen<K extends keyof ServerEvents>`. One subscription to the preload's `window.events`
// serves every listener; it is made when the first listener comes and dropped when the last one goes, and
// the bridge is looked up at that moment, so one installed after this module loaded (the e2e harness)
// still works. The renderer's own change bus is ./events.
import type { EventBridge } from '#shared/api'
import type { ServerEvent, ServerEventName, ServerEvents } from '#shared/serverEvents'

declare global {
  interface Window {
    events?: EventBridge
  }
}

type Listener<K extends ServerEventName> = (payload: ServerEvents[K]) => void

const listeners: { [K in ServerEventName]: Set<Listener<K>> } = {
  'import.progress': new Set(),
  'print.progress': new Set(),
}
let detach: (() => void) | null = null

const count = () => Object.values(listeners).reduce((sum, set) => sum + set.size, 0)

function deliver<K extends ServerEventName>(name: K, payload: ServerEvents[K]): void {
  // A copy: a listener that stops listening while it is called does not skip the next one.
  for (const listener of [...listeners[name]]) listener(payload)
}

function receive(event: ServerEvent): void {
  // Events come from the trusted side; a name this page does not know (a newer back end) is passed over.
  if (typeof event !== 'object' || event === null || !Object.hasOwn(listeners, event.name)) return
  deliver(event.name, event.payload as never)
}

/**
 * Calls `listener` with the payload of every `name` event until the returned function is called. With no
 * bridge (a plain browser preview) nothing is ever heard, and the caller's final status call still answers.
 */
export function listen<K extends ServerEventName>(name: K, listener: Listener<K>): () => void {
  listeners[name].add(listener)
  detach ??= (window as Partial<Window>).events?.onEvent(receive) ?? null
  return () => {
    listeners[name].delete(listener)
    if (count() > 0 || !detach) return
    detach()
    detach = null
  }
}
