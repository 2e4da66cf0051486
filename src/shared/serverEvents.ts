// What the back end pushes to the window while long work runs, as one typed table (Actual Budget's
// `ServerEvents`): the name is the key, the payload its value. The back end emits them, main forwards them
// on one channel (EVENT_CHANNEL in api.ts), the preload hands them to the page, and the renderer listens by
// name (src/api/serverEvents.ts). Each carries the job it belongs to, so a page following one job ignores
// the events of any other.
import type { PrintProgress } from './programs'
import type { FileResult, ImportJobStatus } from './transfer'

/**
 * An import or preview job moved on: its state, counts and bytes as `import.status` would answer, with the
 * file results finished since the previous event. `results` start at index `from` of the job's files
 * list; a page that holds fewer than `from` results missed an event and fetches the rest with
 * `import.status`.
 */
export interface ImportProgressEvent extends Omit<ImportJobStatus, 'results'> {
  from: number
  results: FileResult[]
}

/** A "Save as PDF" moved on; `running: false` is its last event, sent before the call answers. */
export interface PrintProgressEvent extends PrintProgress {
  /** numbers the PDFs of one back end, one at a time */
  jobId: number
}

export interface ServerEvents {
  'import.progress': ImportProgressEvent
  'print.progress': PrintProgressEvent
}

export type ServerEventName = keyof ServerEvents

/** One event on the wire: its name and its payload, kept together so the pair stays typed. */
export type ServerEvent = { [K in ServerEventName]: { name: K; payload: ServerEvents[K] } }[ServerEventName]

/** How the back end sends one. */
export type Emit = <K extends ServerEventName>(name: K, payload: ServerEvents[K]) => void
