// The main process's side of the protocol: one object to call the back end with, whether it runs in a
// worker thread (the app, the bench) or in this thread (in-process.ts). It answers the back end's
// requests to the shell (dialogs, print window) with the ShellPort it is given.
import { Worker, type WorkerOptions } from 'node:worker_threads'
import { fail, type Result } from '#shared/result'
import type { ServerEvent } from '#shared/serverEvents'
import type { ShellPort } from '../services/transfer/host'
import type { InternalArgs, InternalName, InternalResult } from './internal'
import {
  fromWire,
  toWire,
  type BackendInit,
  type FromBackend,
  type Port,
  type ShellRequest,
  type ToBackend,
} from './protocol'

export interface BackendConnection {
  /** A renderer call: the contract's method name and its unchecked payload; the back end validates it. */
  call(method: string, payload: unknown): Promise<Result<unknown>>
  /** A trusted call from main (internal.ts), never reachable from the renderer. */
  internal<N extends InternalName>(name: N, ...args: InternalArgs<N>): Promise<InternalResult<N>>
  /**
   * Calls `listener` with every event the back end pushes (import and PDF progress), in the order it sent
   * them and its answers; the returned function stops it. Main forwards them to the window.
   */
  onEvent(listener: (event: ServerEvent) => void): () => void
  /** Closes the database and ends the back end; calls after this are refused. */
  close(): Promise<void>
}

const STOPPED =
  'Backstride’s data service has stopped. Close Backstride and open it again; nothing after your last saved change was lost.'

async function answerShell(
  shell: ShellPort | null,
  request: ShellRequest,
  progress: Parameters<ShellPort['printToPdf']>[1],
) {
  if (!shell) throw new Error('There is no desktop shell here.')
  switch (request.kind) {
    case 'dialogs.choose':
      return shell.dialogs.choose(request.purpose)
    case 'printToPdf':
      return shell.printToPdf(request.job, progress)
    case 'quit':
      shell.quit()
      return null
    case 'openAnotherFolder':
      return shell.openAnotherFolder()
  }
}

/**
 * Speaks the protocol over `port`. Resolves once the back end is open; rejects with its reason when it
 * cannot open (another Backstride has the folder, a newer schema, …). `onExit` is called when the other
 * side goes away for good (a crashed worker): every waiting call is answered with a failure.
 */
export function connectBackend(
  port: Port<ToBackend, FromBackend>,
  shell: ShellPort | null,
  hooks: { onGone?: (listener: (reason: string) => void) => void; stop?: () => Promise<void> } = {},
): Promise<BackendConnection> {
  let next = 1
  let gone: string | null = null
  const calls = new Map<number, (result: Result<unknown>) => void>()
  const internals = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  let closed: (() => void) | null = null
  const listeners = new Set<(event: ServerEvent) => void>()

  return new Promise((resolveOpen, rejectOpen) => {
    const onMessage = (message: FromBackend) => {
      switch (message.type) {
        case 'ready':
          resolveOpen(connection)
          return
        case 'failed':
          gone = message.error.message
          rejectOpen(fromWire(message.error))
          return
        case 'result':
          calls.get(message.id)?.(message.result)
          calls.delete(message.id)
          return
        case 'internal-result': {
          const waiting = internals.get(message.id)
          internals.delete(message.id)
          if (message.ok) waiting?.resolve(message.value)
          else waiting?.reject(fromWire(message.error))
          return
        }
        case 'shell': {
          const { id, request } = message
          const progress = (update: Parameters<Parameters<ShellPort['printToPdf']>[1]>[0]) =>
            port.postMessage({ type: 'shell-progress', id, progress: update })
          answerShell(shell, request, progress).then(
            (value) => port.postMessage({ type: 'shell-result', id, ok: true, value }),
            (error: unknown) => port.postMessage({ type: 'shell-result', id, ok: false, error: toWire(error) }),
          )
          return
        }
        case 'event':
          for (const listener of listeners) listener(message.event)
          return
        case 'closed':
          closed?.()
          return
      }
    }
    port.on('message', onMessage)
    hooks.onGone?.((reason) => {
      gone ??= reason
      rejectOpen(new Error(reason))
      for (const answer of calls.values()) answer(fail('internal', STOPPED))
      calls.clear()
      for (const waiting of internals.values()) waiting.reject(new Error(STOPPED))
      internals.clear()
      closed?.()
    })

    const connection: BackendConnection = {
      call(method, payload) {
        if (gone !== null) return Promise.resolve(fail('internal', STOPPED))
        const id = next++
        return new Promise((resolve) => {
          try {
            port.postMessage({ type: 'call', id, method, payload })
            calls.set(id, resolve)
          } catch {
            // Not structured-cloneable (a function, a symbol): no renderer can send that through IPC.
            resolve(fail('invalid', 'This request could not be read.'))
          }
        })
      },
      internal(name, ...args) {
        if (gone !== null) return Promise.reject(new Error(STOPPED))
        const id = next++
        return new Promise((resolve, reject) => {
          internals.set(id, { resolve: resolve as (value: unknown) => void, reject })
          port.postMessage({ type: 'internal', id, name, args } as ToBackend)
        })
      },
      onEvent(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      async close() {
        if (gone !== null) return
        await new Promise<void>((resolve) => {
          closed = resolve
          port.postMessage({ type: 'close' })
        })
        gone = 'closed'
        port.off('message', onMessage)
        await hooks.stop?.()
      },
    }
  })
}

/** The app's back end: `workerFile` (out/main/backend-worker.js) in its own thread. */
export function startBackendWorker(
  workerFile: string | URL,
  init: BackendInit,
  shell: ShellPort | null,
  /** for tests that start the TypeScript entry (execArgv: ['--import', 'tsx']) */
  options: Pick<WorkerOptions, 'execArgv'> = {},
): Promise<BackendConnection> {
  const worker = new Worker(workerFile, { ...options, workerData: init, name: 'backstride-backend' })
  const port = worker as unknown as Port<ToBackend, FromBackend>
  return connectBackend(port, shell, {
    onGone: (listener) => {
      worker.on('error', (error) => listener(`The data service failed: ${error.message}`))
      worker.on('exit', (code) => listener(`The data service ended (exit code ${String(code)}).`))
    },
    stop: async () => {
      await worker.terminate()
    },
  })
}
