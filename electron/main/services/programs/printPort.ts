// Saving a sheet as PDF needs a browser window, which only the Electron shell has. Each back end has one
// port; the shell's `printToPdf` (electron/main/print.ts, reached through the ShellPort) is registered on
// it when the back end opens. Everywhere else (unit tests, the e2e harness, scripts) there is none and the
// methods answer with a clear "not available" instead of failing.
import type { Paper, PdfResult, PrintProgress } from '#shared/programs'
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

export function createPrintPort() {
  let adapter: PrintAdapter | null = null
  let progress: PrintProgress = IDLE

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
      progress = { running: true, done: 0, total: job.total, stage: 'preparing' }
      try {
        return await adapter.savePdf(job, (update) => {
          progress = { ...progress, ...update, running: true }
        })
      } finally {
        progress = IDLE
      }
    },
  }
}

export type PrintPort = ReturnType<typeof createPrintPort>

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
