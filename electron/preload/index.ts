// Exposes exactly the contract's methods as window.api, over one channel. No logic, no raw ipcRenderer.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { buildApi, DROP_CHANNEL, EVENT_CHANNEL, IPC_CHANNEL, type EventBridge } from '#shared/api'
import { METHOD_NAMES } from '#shared/methodNames'

contextBridge.exposeInMainWorld(
  'api',
  buildApi(METHOD_NAMES, (method, payload) => ipcRenderer.invoke(IPC_CHANNEL, method, payload)),
)

// Files dropped on the page, for import: their paths are read here from the real File objects (a File made
// in script has none) and main grants them; the page only ever sees the grants.
contextBridge.exposeInMainWorld('files', {
  grantDropped: (files: File[]): Promise<unknown> =>
    ipcRenderer.invoke(
      DROP_CHANNEL,
      files.map((file) => webUtils.getPathForFile(file)).filter((path) => path !== ''),
    ),
})

// The back end's pushed events (import and PDF progress) on their one channel: the page gets the event,
// never the IPC event object (it would reach the sender), and a function that stops listening.
contextBridge.exposeInMainWorld('events', {
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, event: unknown) => listener(event as Parameters<typeof listener>[0])
    ipcRenderer.on(EVENT_CHANNEL, forward)
    return () => {
      ipcRenderer.off(EVENT_CHANNEL, forward)
    }
  },
} satisfies EventBridge)
