import { BrowserWindow, shell, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from './csp'
import { sameApp } from './ipc/sender'

export { CONTENT_SECURITY_POLICY }

/**
 * The only web pages Backstride opens in the coach's browser: links it shows itself, listed here one by
 * one. Today it shows none (sources are cited by title, authors and journal), so nothing opens; a link a
 * page script makes up never does.
 */
export const EXTERNAL_LINKS: ReadonlySet<string> = new Set<string>()

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
  return sameApp(target, appUrl)
}

export function guardContents(
  contents: WebContents,
  appUrl: () => string,
  links: ReadonlySet<string> = EXTERNAL_LINKS,
): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url, appUrl())) event.preventDefault()
  }
  contents.on('will-navigate', guard)
  // A server redirect (the dev server, or a page that got in) is held to the same rule.
  contents.on('will-redirect', guard)
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    // Backstride's own links open in the coach's browser, never inside Backstride; nothing else opens.
    if (links.has(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

/**
 * No page of Backstride needs a camera, the microphone, notifications, the clipboard or any other
 * permission: every request and every check is denied. (The CSP header comes with every page the
 * backstride:// scheme serves; the dev server keeps the meta tag's policy, which allows its inline styles.)
 */
export function secureSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
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
