// What the preload and the e2e bridge need to build window.api: the channel, the api's type and
// buildApi. Only types come from the contract, so nothing here pulls zod into the preload bundle.
import type { MethodInput, MethodName, MethodOutput } from './contract'
import type { Result } from './result'
import type { ServerEvent } from './serverEvents'

/** The single IPC channel every call goes through; the method name travels as the first argument. */
export const IPC_CHANNEL = 'backstride:call'

/**
 * The channel only the preload uses, for files dropped on the window: it sends the paths Electron's
 * webUtils read from real File objects, and main answers with grants. No contract method can grant.
 */
export const DROP_CHANNEL = 'backstride:grant-drop'

/**
 * The channel main pushes the back end's events on (serverEvents.ts), to the app's own pages only. The
 * preload listens on it and hands the page each event, never the IPC event object.
 */
export const EVENT_CHANNEL = 'backstride:event'

/** window.events: what the preload exposes for pushed events; the returned function unsubscribes. */
export interface EventBridge {
  onEvent(listener: (event: ServerEvent) => void): () => void
}

type DomainOf<M> = M extends `${infer D}.${string}` ? D : never
type VerbOf<M, D extends string> = M extends `${D}.${infer V}` ? V : never

/** window.api: one object per domain, one function per method. */
export type BackstrideApi = {
  [D in DomainOf<MethodName>]: {
    [M in MethodName as VerbOf<M, D>]: (
      ...args: Record<string, never> extends MethodInput<M> ? [payload?: MethodInput<M>] : [payload: MethodInput<M>]
    ) => Promise<Result<MethodOutput<M>>>
  }
}

export type Call = (method: string, payload: unknown) => Promise<Result<unknown>>

/**
 * Builds the api object from a transport; used by the preload and by the e2e browser bridge. It
 * refers to nothing outside its own body, so the e2e harness can ship its source into a page as is.
 */
export function buildApi(names: readonly string[], call: Call): BackstrideApi {
  const api: Record<string, Record<string, (payload?: unknown) => Promise<Result<unknown>>>> = {}
  for (const name of names) {
    const [domain = '', verb = ''] = name.split('.')
    const group = (api[domain] ??= {})
    group[verb] = (payload?: unknown) => call(name, payload ?? {})
  }
  return api as unknown as BackstrideApi
}
