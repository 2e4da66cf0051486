// The messages between the main process (windows, dialogs, print windows, IPC bridge) and the back end
// (database, services, import, export, backups) running in its own thread. Plain data only: every message
// is structured-cloned on its way, in the worker and in its in-process twin alike.
import type { PdfResult, PrintProgress } from '#shared/programs'
import type { ErrorCode, Result } from '#shared/result'
import type { ServerEvent } from '#shared/serverEvents'
import type { FilePurpose } from '#shared/schemas/transfer'
import { AppError } from '../services/errors'
import type { PdfJob } from '../services/programs/printPort'
import type { InternalArgs, InternalName } from './internal'

/** What the back end needs to open, sent once when the worker starts. */
export interface BackendInit {
  dataDir: string
  migrationsDir: string
  startupBackup?: boolean
  /**
   * What main's ShellPort answers: everything (the app), the file dialogs and the print window (what the
   * e2e harness plays in its browser), or nothing (tests, scripts); what is missing says "not available".
   */
  shell: boolean | 'dialogs-and-print'
}

/** A failure that crossed the thread boundary: enough to rebuild an AppError or a plain Error. */
export interface WireError {
  name: string
  message: string
  code?: string
  field?: string
}

export type ShellRequest =
  | { kind: 'dialogs.choose'; purpose: FilePurpose }
  | { kind: 'printToPdf'; job: PdfJob }
  | { kind: 'quit' }
  | { kind: 'openAnotherFolder' }

export interface ShellAnswers {
  'dialogs.choose': string[]
  printToPdf: PdfResult
  quit: null
  openAnotherFolder: boolean
}

/** main → back end */
export type ToBackend =
  | { type: 'call'; id: number; method: string; payload: unknown }
  | { [N in InternalName]: { type: 'internal'; id: number; name: N; args: InternalArgs<N> } }[InternalName]
  | { type: 'shell-progress'; id: number; progress: Partial<PrintProgress> }
  | { type: 'shell-result'; id: number; ok: true; value: unknown }
  | { type: 'shell-result'; id: number; ok: false; error: WireError }
  | { type: 'close' }

/** back end → main */
export type FromBackend =
  | { type: 'ready' }
  | { type: 'failed'; error: WireError }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'internal-result'; id: number; ok: true; value: unknown }
  | { type: 'internal-result'; id: number; ok: false; error: WireError }
  | { type: 'shell'; id: number; request: ShellRequest }
  | { type: 'event'; event: ServerEvent }
  | { type: 'closed' }

/** The part of a MessagePort or Worker both sides use (node:worker_threads). */
export interface Port<Out, In> {
  postMessage(message: Out): void
  on(event: 'message', listener: (message: In) => void): unknown
  off(event: 'message', listener: (message: In) => void): unknown
}

export function toWire(error: unknown): WireError {
  if (error instanceof Error) {
    const { code, field } = error as Error & { code?: unknown; field?: unknown }
    return {
      name: error.name,
      message: error.message,
      code: typeof code === 'string' ? code : undefined,
      field: typeof field === 'string' ? field : undefined,
    }
  }
  return { name: 'Error', message: String(error) }
}

/** An error from the other side, as the services would have thrown it. */
export function fromWire(error: WireError): Error {
  if (error.name === 'AppError' && error.code) return new AppError(error.code as ErrorCode, error.message, error.field)
  const rebuilt = new Error(error.message)
  rebuilt.name = error.name
  return rebuilt
}
