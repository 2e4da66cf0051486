// Which frames may call the dispatcher: only the top frame of our own page. No Electron import, so
// the rule is unit-tested on its own.

export interface SenderFrameInfo {
  url: string
  isTopFrame: boolean
}

/**
 * `appUrl` is where the window loaded the renderer from: the dev server's URL in development, the
 * built index.html as a file:// URL otherwise.
 */
export function isTrustedSender(frame: SenderFrameInfo | null | undefined, appUrl: string): boolean {
  if (!frame || !frame.isTopFrame) return false
  let sender: URL
  let app: URL
  try {
    sender = new URL(frame.url)
    app = new URL(appUrl)
  } catch {
    return false
  }
  if (app.protocol === 'file:') return sender.protocol === 'file:' && sender.pathname === app.pathname
  return sender.origin === app.origin
}
