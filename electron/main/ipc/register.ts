import { ipcMain } from 'electron'
import { IPC_CHANNEL } from '#shared/contract'
import { fail } from '#shared/result'
import type { Dispatch } from './dispatcher'
import { isTrustedSender } from './sender'

/** The only ipcMain call in Backstride: one channel, sender checked, then the plain dispatcher. */
export function registerIpc(dispatch: Dispatch, appUrl: () => string): void {
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, payload: unknown) => {
    const frame = event.senderFrame
    const info = frame ? { url: frame.url, isTopFrame: frame.parent === null } : null
    if (!isTrustedSender(info, appUrl())) return fail('forbidden', 'This request did not come from Backstride.')
    return dispatch(String(method), payload)
  })
}
