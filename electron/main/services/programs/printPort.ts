// Saving a sheet as PDF needs a browser window, which only the Electron shell has. Each back end has one
// port; the shell's `printToPdf` (electron/main/print.ts, reached through the ShellPort) is registered on
// it when the back end opens. Everywhere else (unit tests, the e2e harness, scripts) there is none and the
// methods answer with a clear "not available" instead of failing. While a PDF is made the port pushes a
// 'print.progress' event at each change, the last one (running: false) before the call answers.
import type { Paper, PdfResult, PrintProgress } from '#shared/programs'
import type { Emit } from '#shared/serverEvents'
import { AppError } from '../errors'

export interface PdfJob {
  /** the print route to render, e.g. '/print/program/3?paper=a4' */
  route: string
  paper: Paper
  /** file name offered in the save dialog */
  suggestedName: string
  /** athletes in the job, for progress */
  total: number
}

export interface PrintAdapter {
  savePdf(job: PdfJob, report: (progress: Partial<PrintProgress>) => void): Promise<PdfResult>
}

const IDLE: PrintProgress = { running: false, done: 0, total: 0, stage: 'idle' }

const same = (a: PrintProgress, b: PrintProgress) => a.done === b.done && a.total === b.total && a.stage === b.stage

export function createPrintPort(emit: Emit = () => undefined) {
  let adapter: PrintAdapter | null = null
  let progress: PrintProgress = IDLE
  let jobs = 0

  /** Sets the progress and tells the window, unless nothing it shows changed (the shell reports often). */
  const move = (jobId: number, next: PrintProgress) => {
    const changed = !same(progress, next) || progress.running !== next.running
    progress = next
    if (changed) emit('print.progress', { ...next, jobId })
  }

  return {
    /** Returns the function that unregisters it. */
    register(next: PrintAdapter): () => void {
      adapter = next
      return () => {
        if (adapter === next) adapter = null
      }
    },
    progress: (): PrintProgress => progress,
    async savePdf(job: PdfJob): Promise<PdfResult> {
      if (!adapter)
        throw new AppError(
          'unavailable',
          'Saving as PDF works in the Backstride desktop app only. Use Print on the sheet instead.',
        )
      if (progress.running) throw new AppError('conflict', 'A PDF is already being made. Wait for it to finish.')
      const jobId = ++jobs
      move(jobId, { running: true, done: 0, total: job.total, stage: 'preparing' })
      try {
        return await adapter.savePdf(job, (update) => {
          move(jobId, { ...progress, ...update, running: true })
        })
      } finally {
        move(jobId, IDLE)
      }
    },
  }
}

export type PrintPort = ReturnType<typeof createPrintPort>

/** How often the hidden window's page is asked how far it has got. */
const SHEETS_POLL_MS = 100

/** What the print route says on <html>: PrintView.vue sets these data attributes as it lays out sheets. */
const READ_SHEETS = `({
  ready: document.documentElement.dataset.printReady === 'true',
  progress: document.documentElement.dataset.printProgress ?? null,
  error: document.documentElement.dataset.printError ?? null,
})`

/**
 * Waits in the print window until every sheet of the loaded print route is laid out, reporting how many
 * are done; `evaluate` runs a script in that page (Electron's executeJavaScript, or a browser harness's).
 * This asks the shell's own hidden page; the coach's window hears the progress as pushed events.
 */
export async function waitForSheets(
  evaluate: (script: string) => Promise<unknown>,
  report: (progress: Partial<PrintProgress>) => void,
): Promise<void> {
  for (;;) {
    const state = (await evaluate(READ_SHEETS)) as { ready: boolean; progress: string | null; error: string | null }
    if (state.error) throw new AppError('internal', `The sheet could not be prepared: ${state.error}`)
    report({ done: Number(state.progress?.split('/')[0] ?? 0), stage: 'preparing' })
    if (state.ready) return
    await new Promise((resolve) => setTimeout(resolve, SHEETS_POLL_MS))
  }
}

/** Rejects with `message` when `work` takes longer than `ms`. */
export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new AppError('internal', message))
    }, ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** "Mara K. – Back-care strength and mobility.pdf", with characters file systems refuse taken out. */
export function pdfFileName(...parts: string[]): string {
  const name = parts
    .map((p) =>
      p
        .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join(' – ')
    .slice(0, 120)
  return `${name || 'Program'}.pdf`
}
