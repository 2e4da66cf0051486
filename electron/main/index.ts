// Start-up only: one instance, start the back end in its own thread, answer IPC, show the window.
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, type BrowserWindow, dialog } from 'electron'
import { resolveDataDir } from './data-dir'
import { electronDialogs } from './dialogs'
import { registerIpc } from './ipc/register'
import { createPrintAdapter } from './print'
import { createMainWindow, focusWindow, guardContents } from './window'
import { startBackendWorker, type BackendConnection } from './worker/client'

const here = dirname(fileURLToPath(import.meta.url))
const isDev = !app.isPackaged && Boolean(process.env.ELECTRON_RENDERER_URL)
const appUrl = (): string =>
  isDev ? String(process.env.ELECTRON_RENDERER_URL) : pathToFileURL(join(here, '../renderer/index.html')).href
const preloadPath = join(here, '../preload/index.cjs')

let backend: BackendConnection | undefined
let mainWindow: BrowserWindow | undefined

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.env, app.getPath('userData'))
  // The back end's one way to the shell: the native dialogs and the hidden print window (print.ts).
  const print = createPrintAdapter({ preloadPath, appUrl, parent: () => mainWindow })
  const shell = { dialogs: electronDialogs(), printToPdf: print.savePdf }
  try {
    backend = await startBackendWorker(
      join(here, 'backend-worker.js'),
      { dataDir, migrationsDir: join(here, 'migrations'), shell: true },
      shell,
    )
  } catch (error) {
    dialog.showErrorBox('Backstride cannot open its data', error instanceof Error ? error.message : String(error))
    app.exit(1)
    return
  }
  const connection = backend
  registerIpc((method, payload) => connection.call(method, payload), appUrl)
  app.on('web-contents-created', (_event, contents) => {
    guardContents(contents, appUrl)
  })
  mainWindow = createMainWindow(preloadPath, appUrl(), isDev)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    focusWindow(mainWindow)
  })
  app.on('window-all-closed', () => {
    app.quit()
  })
  app.on('will-quit', (event) => {
    // Close the database in its thread before the process ends, then quit for real.
    const closing = backend
    if (!closing) return
    backend = undefined
    event.preventDefault()
    void closing.close().finally(() => app.quit())
  })
  void app.whenReady().then(start)
}
