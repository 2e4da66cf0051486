// Start-up only: one instance, open the data, answer IPC, show the window.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, type BrowserWindow, dialog, protocol, session } from 'electron'
import { openBackend, resolveDataDir, type Backend } from './backend'
import { electronDialogs, electronShell } from './dialogs'
import { registerIpc } from './ipc/register'
import { createPrintAdapter } from './print'
import { printPort } from './services/programs/printPort'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_URL, appProtocolHandler } from './protocol'
import { createMainWindow, focusWindow, guardContents, secureSession } from './window'

const here = dirname(fileURLToPath(import.meta.url))
const isDev = !app.isPackaged && Boolean(process.env.ELECTRON_RENDERER_URL)
const appUrl = (): string => (isDev ? String(process.env.ELECTRON_RENDERER_URL) : APP_URL)

// Before the app is ready: the renderer's own scheme is a secure, standard origin (see protocol.ts).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

let backend: Backend | undefined
let mainWindow: BrowserWindow | undefined

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, appProtocolHandler(join(here, '../renderer')))
  secureSession(session.defaultSession)
  const dataDir = resolveDataDir(process.env, app.getPath('userData'), process.argv)
  try {
    backend = await openBackend({
      dataDir,
      migrationsDir: join(here, 'migrations'),
      dialogs: electronDialogs(),
      shell: electronShell(),
    })
  } catch (error) {
    dialog.showErrorBox('Backstride cannot open its data', error instanceof Error ? error.message : String(error))
    app.exit(1)
    return
  }
  const grants = backend.grants
  registerIpc(backend.dispatch, appUrl, (path) => grants.add(path))
  // Save as PDF: a hidden window prints the sheet route (see print.ts).
  printPort.register(
    createPrintAdapter({ preloadPath: join(here, '../preload/index.cjs'), appUrl, parent: () => mainWindow }),
  )
  app.on('web-contents-created', (_event, contents) => {
    guardContents(contents, appUrl)
  })
  mainWindow = createMainWindow(join(here, '../preload/index.cjs'), appUrl(), isDev)
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
  app.on('will-quit', () => {
    backend?.close()
  })
  void app.whenReady().then(start)
}
