// The desktop half of "Save as PDF": a hidden window with the same safe settings as the main one loads
// the print route, waits until the page says its sheets are laid out, prints them to PDF with Chromium
// and writes the file the coach chose. Registered on the print port at start-up (index.ts).
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron'
import type { PdfResult } from '#shared/programs'
import { AppError } from './services/errors'
import { waitForSheets, withTimeout, type PdfJob, type PrintAdapter } from './services/programs/printPort'
import { mainWindowOptions } from './window'

/** Long enough for a group of 30 on a slow laptop; a stuck page fails with a clear message instead. */
const PREPARE_MS_PER_SHEET = 4_000
const PREPARE_MS_MIN = 20_000
const PRINT_MS = 60_000

export interface PrintAdapterOptions {
  preloadPath: string
  appUrl: () => string
  parent: () => BrowserWindow | undefined
  /** time limits in ms; the defaults suit real use, tests make them short */
  limits?: { preparePerSheet: number; prepareMin: number; print: number }
}

export function createPrintAdapter(options: PrintAdapterOptions): PrintAdapter {
  const limits = options.limits ?? {
    preparePerSheet: PREPARE_MS_PER_SHEET,
    prepareMin: PREPARE_MS_MIN,
    print: PRINT_MS,
  }
  return {
    async savePdf(job, report) {
      const parent = options.parent()
      const choice = await (parent
        ? dialog.showSaveDialog(parent, saveOptions(job))
        : dialog.showSaveDialog(saveOptions(job)))
      if (choice.canceled || !choice.filePath) return { saved: false, path: null, pages: null } satisfies PdfResult

      const window = new BrowserWindow({ ...mainWindowOptions(options.preloadPath, false), show: false })
      try {
        const prepareMs = Math.max(limits.prepareMin, job.total * limits.preparePerSheet)
        const prepare = async () => {
          await window.loadURL(`${options.appUrl()}#${job.route}`)
          await waitForSheets((script) => window.webContents.executeJavaScript(script), report)
        }
        await withTimeout(
          prepare(),
          prepareMs,
          `The sheets were not ready after ${String(Math.round(prepareMs / 1000))} seconds, so no PDF was made. Try again, or print a smaller group.`,
        )
        report({ done: job.total, stage: 'writing' })
        const pdf = await withTimeout(
          window.webContents.printToPDF({
            pageSize: job.paper === 'letter' ? 'Letter' : 'A4',
            printBackground: true,
            preferCSSPageSize: true,
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
          }),
          limits.print,
          `Chromium did not finish the PDF within ${String(Math.round(limits.print / 1000))} seconds, so no file was written.`,
        )
        await writeFile(choice.filePath, pdf)
        return { saved: true, path: choice.filePath, pages: countPages(pdf) }
      } catch (error) {
        if (error instanceof AppError) throw error
        throw new AppError(
          'internal',
          `The PDF could not be made: ${error instanceof Error ? error.message : String(error)}`,
        )
      } finally {
        window.destroy()
      }
    },
  }
}

function saveOptions(job: PdfJob): SaveDialogOptions {
  return {
    title: 'Save as PDF',
    defaultPath: join(app.getPath('documents'), job.suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  }
}

/** Page objects in the PDF Chromium wrote (its page tree lists each once as /Type /Page). */
function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0
}
