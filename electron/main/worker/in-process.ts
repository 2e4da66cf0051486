// The back end's exact twin in this thread: the same serveBackend, the same protocol, every message
// structured-cloned through a MessageChannel, only without a second thread. The e2e bridge and the
// bench's ratio measurements use it, and it hands them the Backend for seeding and checking.
import { MessageChannel } from 'node:worker_threads'
import type { Backend } from '../backend'
import type { ShellPort } from '../services/transfer/host'
import { connectBackend, type BackendConnection } from './client'
import type { BackendInit, FromBackend, Port, ToBackend } from './protocol'
import { serveBackend } from './server'

export interface InProcessBackend extends BackendConnection {
  backend: Backend
}

export async function startBackendInProcess(
  init: BackendInit,
  shell: ShellPort | null = null,
  log?: (message: string, error: unknown) => void,
): Promise<InProcessBackend> {
  const { port1, port2 } = new MessageChannel()
  const connecting = connectBackend(port1 as unknown as Port<ToBackend, FromBackend>, shell, {
    stop: async () => {
      port1.close()
      port2.close()
    },
  })
  let backend: Backend
  try {
    backend = await serveBackend(port2 as unknown as Port<FromBackend, ToBackend>, init, log)
  } catch (error) {
    // connectBackend has the same reason from the 'failed' message; the caller gets it from here.
    connecting.catch(() => undefined)
    port1.close()
    port2.close()
    throw error
  }
  const connection = await connecting
  return Object.assign(connection, { backend })
}
