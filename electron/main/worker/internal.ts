// Calls from the main process into the back end that do not come from the renderer and so never pass
// the contract's dispatcher: main is trusted, the renderer is not. Add a call here (for example a grant
// main issues for a path the coach chose) and it is typed end to end through the worker protocol.
import type { Backend } from '../backend'

export function internalCalls(backend: Backend) {
  return {
    /** Where the data lives, for the shell's messages. */
    location: () => ({ dataDir: backend.dataDir, databaseFile: backend.databaseFile }),
    /** A grant for a path main trusts (a dropped file); the renderer only ever sees the grant id. */
    grant: (path: string) => backend.grants.add(path),
  }
}

export type InternalCalls = ReturnType<typeof internalCalls>
export type InternalName = keyof InternalCalls
export type InternalArgs<N extends InternalName> = Parameters<InternalCalls[N]>
export type InternalResult<N extends InternalName> = Awaited<ReturnType<InternalCalls[N]>>
