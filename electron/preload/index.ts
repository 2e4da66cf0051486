// Exposes exactly the contract's methods as window.api, over one channel. No logic, no raw ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron'
import { buildApi, IPC_CHANNEL, METHOD_NAMES } from '../../src/shared/contract'

contextBridge.exposeInMainWorld(
  'api',
  buildApi(METHOD_NAMES, (method, payload) => ipcRenderer.invoke(IPC_CHANNEL, method, payload)),
)
