// Start-up only: one instance, start the back end in its own thread, answer IPC, show the window.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, protocol, session } from 'electron'
import { resolveDataDir } from './data-dir'
import { electronDialogs, electronShell } from './dialogs'
import { forwardEvents } from './ipc/push'
import { registerIpc } from './ipc/register'
import { createPrintAdapter } from './print'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_URL, appProtocolHandler } from './protocol'
import { createMainWindow, focusWindow, guardContents, secureSession } from './window'
import { startBackendWorker, type BackendConnection } from './worker/client'

const here = dirname(fileURLToPath(import.meta.url))
const isDev = !app.isPackaged && Boolean(process.env.ELECTRON_RENDERER_URL)
const appUrl = (): string => (isDev ? String(process.env.ELECTRON_RENDERER_URL) : APP_URL)
const preloadPath = join(here, '../preload/index.cjs')

// Before the app is ready: the renderer's own scheme is a secure, standard origin (see protocol.ts).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

let backend: BackendConnection | undefined
let mainWindow: BrowserWindow | undefined

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, appProtocolHandler(join(here, '../renderer')))
  secureSession(session.defaultSession)
  const dataDir = resolveDataDir(process.env, app.getPath('userData'), process.argv)
  // The back end's one way to the shell: the native dialogs, the hidden print window (print.ts), quit
  // and "open another folder".
  const print = createPrintAdapter({ preloadPath, appUrl, parent: () => mainWindow })
  const shell = { ...electronShell(), dialogs: electronDialogs(), printToPdf: print.savePdf }
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
  // Grants stay on the trusted side: main asks the back end for one per dropped path.
  registerIpc(
    (method, payload) => connection.call(method, payload),
    appUrl,
    (path) => connection.internal('grant', path),
  )
  // Import and PDF progress, pushed by the back end, to the app's pages (see ipc/push.ts).
  connection.onEvent(forwardEvents(() => BrowserWindow.getAllWindows().map((window) => window.webContents), appUrl))
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
