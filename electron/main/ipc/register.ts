import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { DROP_CHANNEL, IPC_CHANNEL } from '#shared/contract'
import type { GrantedFile } from '#shared/transfer'
import { fail } from '#shared/result'
import type { Dispatch } from './dispatcher'
import { isTrustedSender } from './sender'

const MAX_DROPPED = 10_000

const trusted = (event: IpcMainInvokeEvent, appUrl: () => string) => {
  const frame = event.senderFrame
  return isTrustedSender(frame ? { url: frame.url, isTopFrame: frame.parent === null } : null, appUrl())
}

/**
 * The only ipcMain calls in Backstride, each with the sender checked: the contract's one channel to the
 * plain dispatcher, and the preload's channel that grants dropped files (`grant` is the back end's
 * trusted entry). Anything but a list of strings on the drop channel grants nothing.
 */
export function registerIpc(
  dispatch: Dispatch,
  appUrl: () => string,
  grant: (path: string) => GrantedFile | null | Promise<GrantedFile | null> = () => null,
): void {
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, payload: unknown) => {
    if (!trusted(event, appUrl)) return fail('forbidden', 'This request did not come from Backstride.')
    return dispatch(String(method), payload)
  })
  ipcMain.handle(DROP_CHANNEL, async (event, paths: unknown): Promise<GrantedFile[]> => {
    if (!trusted(event, appUrl) || !Array.isArray(paths) || paths.length > MAX_DROPPED) return []
    // The back end (in its worker) keeps the grants; main asks it for each path.
    const granted = await Promise.all(
      paths.filter((path): path is string => typeof path === 'string' && path !== '').map(grant),
    )
    return granted.filter((file) => file !== null)
  })
}
