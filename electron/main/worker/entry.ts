// The back end's thread: electron-vite builds this file as out/main/backend-worker.js, and the main
// process starts it with `new Worker` (client.ts). Nothing here imports electron.
import { parentPort, workerData } from 'node:worker_threads'
import type { BackendInit, FromBackend, Port, ToBackend } from './protocol'
import { serveBackend } from './server'

if (!parentPort) throw new Error('backend-worker runs as a worker thread only.')
const port = parentPort as unknown as Port<FromBackend, ToBackend>

serveBackend(port, workerData as BackendInit).then(
  () => {
    port.on('message', (message) => {
      // After `closed` is sent the thread has nothing left to do; let it end.
      if (message.type === 'close') parentPort?.close()
    })
  },
  // Main already has the reason ('failed'); ending the thread frees the folder's lock at once.
  () => parentPort?.close(),
)
