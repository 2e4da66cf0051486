// Which frames may call the dispatcher: only the top frame of our own page. No Electron import, so
// the rule is unit-tested on its own.
export interface SenderFrameInfo {
  url: string
  isTopFrame: boolean
}

/**
 * Whether `target` is a page of the app loaded from `appUrl`: the same file for file://, else the same
 * scheme and host (and port). Compared part by part, because a custom scheme's URL has the opaque origin
 * "null", which every other custom-scheme URL shares.
 */
export function sameApp(target: string, appUrl: string): boolean {
  let to: URL
  let app: URL
  try {
    to = new URL(target)
    app = new URL(appUrl)
  } catch {
    return false
  }
  if (app.protocol === 'file:') return to.protocol === 'file:' && to.pathname === app.pathname
  return to.protocol === app.protocol && to.host === app.host && to.host !== ''
}

/**
 * `appUrl` is where the window loaded the renderer from: the dev server's URL in development,
 * backstride://app/index.html otherwise.
 */
export function isTrustedSender(frame: SenderFrameInfo | null | undefined, appUrl: string): boolean {
  if (!frame || !frame.isTopFrame) return false
  return sameApp(frame.url, appUrl)
}
