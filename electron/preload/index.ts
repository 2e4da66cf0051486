// Exposes exactly the contract's methods as window.api, over one channel. No logic, no raw ipcRenderer.
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { buildApi, IPC_CHANNEL } from '#shared/api'
import { METHOD_NAMES } from '#shared/methodNames'

contextBridge.exposeInMainWorld(
  'api',
  buildApi(METHOD_NAMES, (method, payload) => ipcRenderer.invoke(IPC_CHANNEL, method, payload)),
)

// The path of a file dropped on the page, for import (a renderer cannot see paths on its own).
contextBridge.exposeInMainWorld('files', { pathFor: (file: File) => webUtils.getPathForFile(file) })
