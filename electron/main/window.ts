import { BrowserWindow, shell, type BrowserWindowConstructorOptions, type WebContents } from 'electron'

/**
 * The renderer's Content-Security-Policy. The same policy stands in src/index.html as a meta tag, so
 * the e2e suite runs the renderer under it too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

export function mainWindowOptions(preloadPath: string, isDev: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Backstride',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      devTools: isDev,
    },
  }
}

/** Only our own page may be shown; every other navigation is refused. */
export function isAllowedNavigation(target: string, appUrl: string): boolean {
  try {
    const to = new URL(target)
    const app = new URL(appUrl)
    if (app.protocol === 'file:') return to.protocol === 'file:' && to.pathname === app.pathname
    return to.origin === app.origin
  } catch {
    return false
  }
}

export function guardContents(contents: WebContents, appUrl: () => string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appUrl())) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    // Links to sources open in the coach's browser, never inside Backstride.
    if (url.startsWith('https://')) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

export function createMainWindow(preloadPath: string, appUrl: string, isDev: boolean): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, isDev))
  window.once('ready-to-show', () => {
    window.show()
  })
  void window.loadURL(appUrl)
  return window
}

export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.focus()
}
