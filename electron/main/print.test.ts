// The desktop PDF adapter with Electron replaced by fakes: the save dialog, the hidden window and its
// page's ready signal. Checks what the coach gets: a file, a cancel, or a clear error, and never a
// hidden window left behind.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PdfJob } from './services/programs/printPort'

const fake = vi.hoisted(() => ({
  state: { ready: true, progress: '1/1' as string | null, error: null as string | null },
  savePath: '' as string | undefined,
  windows: [] as { options: unknown; url: string; destroyed: boolean; pdfOptions: unknown }[],
}))

vi.mock('electron', () => ({
  app: { getPath: () => '/home/coach/Documents' },
  dialog: {
    showSaveDialog: (...args: unknown[]) => {
      const options = args[args.length - 1] as { defaultPath: string }
      expect(options.defaultPath).toBe('/home/coach/Documents/Mara – Core.pdf')
      return Promise.resolve({ canceled: !fake.savePath, filePath: fake.savePath })
    },
  },
  BrowserWindow: class {
    record = { options: {} as unknown, url: '', destroyed: false, pdfOptions: undefined as unknown }
    constructor(options: unknown) {
      this.record.options = options
      fake.windows.push(this.record)
    }
    loadURL(url: string) {
      this.record.url = url
      return Promise.resolve()
    }
    webContents = {
      executeJavaScript: () => Promise.resolve({ ...fake.state }),
      printToPDF: (options: unknown) => {
        this.record.pdfOptions = options
        return Promise.resolve(Buffer.from('%PDF-1.4 /Type /Pages /Type /Page /Type /Page %%EOF'))
      },
    }
    destroy() {
      this.record.destroyed = true
    }
  },
  shell: { openExternal: vi.fn() },
}))

const { createPrintAdapter } = await import('./print')

const JOB: PdfJob = {
  route: '/print/program/7?paper=letter',
  paper: 'letter',
  suggestedName: 'Mara – Core.pdf',
  total: 1,
}
const adapter = () =>
  createPrintAdapter({
    preloadPath: '/app/out/preload/index.cjs',
    appUrl: () => 'file:///app/out/renderer/index.html',
    parent: () => undefined,
    limits: { preparePerSheet: 10, prepareMin: 150, print: 150 },
  })
let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'backstride-print-'))
  fake.state = { ready: true, progress: '1/1', error: null }
  fake.savePath = join(dir, 'out.pdf')
  fake.windows.length = 0
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('the desktop PDF adapter', () => {
  it('prints the sheet route in a hidden, sandboxed window and writes the chosen file', async () => {
    const report = vi.fn()
    const result = await adapter().savePdf(JOB, report)
    expect(result).toEqual({ saved: true, path: fake.savePath, pages: 2 })
    expect(readFileSync(fake.savePath ?? '', 'latin1')).toMatch(/^%PDF/)
    const [window] = fake.windows
    expect(window?.url).toBe('file:///app/out/renderer/index.html#/print/program/7?paper=letter')
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    })
    expect(window?.pdfOptions).toMatchObject({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true })
    expect(window?.destroyed).toBe(true)
    expect(report).toHaveBeenCalledWith({ done: 1, stage: 'writing' })
  })

  it('does nothing when the coach cancels the save dialog', async () => {
    fake.savePath = undefined
    await expect(adapter().savePdf(JOB, vi.fn())).resolves.toEqual({ saved: false, path: null, pages: null })
    expect(fake.windows).toHaveLength(0)
  })

  it('gives up with a clear message when the sheet never gets ready, and closes the window', async () => {
    fake.state = { ready: false, progress: '0/1', error: null }
    await expect(adapter().savePdf(JOB, vi.fn())).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/^The sheets were not ready after 0 seconds, so no PDF was made/),
    })
    expect(fake.windows[0]?.destroyed).toBe(true)
  })

  it('passes on what went wrong in the page', async () => {
    fake.state = { ready: false, progress: null, error: 'That program was not found.' }
    await expect(adapter().savePdf(JOB, vi.fn())).rejects.toMatchObject({
      message: 'The sheet could not be prepared: That program was not found.',
    })
  })
})
