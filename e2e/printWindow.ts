// The desktop shell's hidden print window, as the e2e harness plays it: a second page of the same browser,
// bound to the same back end, loads the print route, waits for its sheets with the app's own loop
// (waitForSheets, reporting progress to the back end, which pushes it to the coach's page) and prints it
// with Chromium's PDF writer. The save dialog is played like the open dialogs: a test says where the coach
// saves next; with no answer, the coach cancelled.
import type { BrowserContext } from '@playwright/test'
import type { PdfResult } from '#shared/programs'
import { waitForSheets, type PrintAdapter } from '../electron/main/services/programs/printPort'
import type { BackendConnection } from '../electron/main/worker/client'
import { bindBackend } from './bridge'
import { pdfInfo } from './pdf'

export class PrintWindow {
  private connection: Pick<BackendConnection, 'call' | 'onEvent'> | null = null
  private savePath: string | null = null
  private held: Promise<void> = Promise.resolve()
  /** what the print window's page logged as errors */
  readonly errors: string[] = []

  constructor(private readonly context: BrowserContext) {}

  attach(connection: Pick<BackendConnection, 'call' | 'onEvent'>): void {
    this.connection = connection
  }

  /** The coach chooses `path` in the next save dialog. */
  saveTo(path: string): void {
    this.savePath = path
  }

  /** Keeps the next PDF from being written (its sheets are ready) until the returned function is called. */
  holdBeforeWriting(): () => void {
    let release: () => void = () => undefined
    this.held = new Promise((resolve) => (release = resolve))
    return release
  }

  readonly savePdf: PrintAdapter['savePdf'] = async (job, report) => {
    const path = this.savePath
    this.savePath = null
    if (!path || !this.connection) return { saved: false, path: null, pages: null } satisfies PdfResult
    const page = await this.context.newPage()
    page.on('pageerror', (error) => this.errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text())
    })
    try {
      await bindBackend(page, this.connection)
      await page.goto(`/#${job.route}`)
      await waitForSheets((script) => page.evaluate(script), report)
      report({ done: job.total, stage: 'writing' })
      await this.held
      await page.pdf({
        path,
        format: job.paper === 'letter' ? 'Letter' : 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      })
      return { saved: true, path, pages: pdfInfo(path).pages }
    } finally {
      await page.close()
    }
  }
}
