// The back end's side of the protocol: opens the back end with openBackend, answers calls, and reaches
// the shell (dialogs, print window) through messages. The worker entry (entry.ts) runs it on its
// parentPort; the in-process twin (in-process.ts) runs the very same function on a MessageChannel.
import { fail } from '#shared/result'
import { openBackend, type Backend } from '../backend'
import type { PdfJob } from '../services/programs/printPort'
import type { ShellPort } from '../services/transfer/host'
import { internalCalls } from './internal'
import {
  fromWire,
  toWire,
  type BackendInit,
  type FromBackend,
  type Port,
  type ShellAnswers,
  type ShellRequest,
  type ToBackend,
} from './protocol'
import type { PrintProgress } from '#shared/programs'
import type { ServerEvent } from '#shared/serverEvents'

type Log = (message: string, error: unknown) => void

/** The ShellPort of a back end whose shell is on the other side of `port`. */
function shellOverPort(port: Port<FromBackend, ToBackend>): ShellPort {
  let next = 1
  const waiting = new Map<
    number,
    {
      resolve: (value: unknown) => void
      reject: (error: Error) => void
      progress?: (p: Partial<PrintProgress>) => void
    }
  >()
  port.on('message', (message) => {
    if (message.type === 'shell-progress') waiting.get(message.id)?.progress?.(message.progress)
    if (message.type !== 'shell-result') return
    const entry = waiting.get(message.id)
    waiting.delete(message.id)
    if (message.ok) entry?.resolve(message.value)
    else entry?.reject(fromWire(message.error))
  })
  function ask<K extends ShellRequest['kind']>(
    request: Extract<ShellRequest, { kind: K }>,
    progress?: (p: Partial<PrintProgress>) => void,
  ): Promise<ShellAnswers[K]> {
    const id = next++
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, progress })
      port.postMessage({ type: 'shell', id, request })
    })
  }
  return {
    dialogs: { choose: (purpose) => ask({ kind: 'dialogs.choose', purpose }) },
    printToPdf: (job: PdfJob, report) => ask({ kind: 'printToPdf', job }, report),
    quit: () => void ask({ kind: 'quit' }),
    openAnotherFolder: () => ask({ kind: 'openAnotherFolder' }),
  }
}

/** The parts of the shell the back end gets: all of it, the dialogs and the print window, or none. */
function shellOptions(shell: ShellPort | null, offered: BackendInit['shell']) {
  if (!shell) return {}
  if (offered === 'dialogs-and-print') return { dialogs: shell.dialogs, printToPdf: shell.printToPdf }
  return { dialogs: shell.dialogs, shell, printToPdf: shell.printToPdf }
}

/**
 * Opens the back end described by `init` and serves `port` until main sends `close`. Resolves with the
 * back end once it is open (the in-process twin hands it to tests); rejects, after telling main, when it
 * cannot open.
 */
export async function serveBackend(
  port: Port<FromBackend, ToBackend>,
  init: BackendInit,
  log: Log = console.error,
): Promise<Backend> {
  let backend: Backend
  try {
    backend = await openBackend({
      dataDir: init.dataDir,
      migrationsDir: init.migrationsDir,
      startupBackup: init.startupBackup,
      ...shellOptions(init.shell ? shellOverPort(port) : null, init.shell),
      // Import and PDF progress, for main to forward to the window (the same port, so in order with results).
      emit: (name, payload) => port.postMessage({ type: 'event', event: { name, payload } as ServerEvent }),
      log,
    })
  } catch (error) {
    port.postMessage({ type: 'failed', error: toWire(error) })
    throw error
  }
  const internal = internalCalls(backend)

  const onMessage = (message: ToBackend) => {
    switch (message.type) {
      case 'call':
        void backend.dispatch(message.method, message.payload).then(
          (result) => port.postMessage({ type: 'result', id: message.id, result }),
          // The dispatcher answers every failure itself; this is the last line, not a path.
          (error: unknown) => {
            log(`${message.method} failed outside the dispatcher`, error)
            port.postMessage({
              type: 'result',
              id: message.id,
              result: fail('internal', 'Something went wrong and nothing was saved. Please try again.'),
            })
          },
        )
        return
      case 'internal': {
        const run = internal[message.name] as (...args: unknown[]) => unknown
        void Promise.resolve()
          .then(() => run(...message.args))
          .then(
            (value) => port.postMessage({ type: 'internal-result', id: message.id, ok: true, value }),
            (error: unknown) =>
              port.postMessage({ type: 'internal-result', id: message.id, ok: false, error: toWire(error) }),
          )
        return
      }
      case 'close':
        port.off('message', onMessage)
        backend.close()
        port.postMessage({ type: 'closed' })
        return
      default:
        return
    }
  }
  port.on('message', onMessage)
  port.postMessage({ type: 'ready' })
  return backend
}
