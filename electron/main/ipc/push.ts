// The back end's events (import and PDF progress), forwarded to the app's own pages on one channel.
// Every window of the app gets them, not only the one whose call started the work: Backstride has one main
// window (the single-instance lock) and its hidden print window, every event names its job, and a page
// follows only the job it started (src/api/serverEvents.ts). A window showing anything but our page (a
// navigation the guards missed, a crashed renderer) gets nothing.
import type { ServerEvent } from '#shared/serverEvents'
import { EVENT_CHANNEL } from '#shared/api'
import { sameApp } from './sender'

/** The part of Electron's WebContents this needs (a fake in tests). */
export interface PushTarget {
  isDestroyed(): boolean
  getURL(): string
  send(channel: string, ...args: unknown[]): void
}

export function forwardEvents(targets: () => PushTarget[], appUrl: () => string): (event: ServerEvent) => void {
  return (event) => {
    for (const contents of targets()) {
      if (contents.isDestroyed() || !sameApp(contents.getURL(), appUrl())) continue
      contents.send(EVENT_CHANNEL, event)
    }
  }
}
