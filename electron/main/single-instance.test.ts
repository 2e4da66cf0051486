// One Backstride at a time. A second instance of the app hands over to the first (which comes to the
// front) and quits; any other process that holds the data makes Backstride say so at once and stop,
// without waiting on the lock. Runs the real start-up (index.ts) with a stand-in for Electron and the real
// back end, in its worker thread, on a temp folder. A second process on the database file itself is in
// db/connection.test.ts.
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openDatabase } from './db/connection'
import { DatabaseInUseError } from './db/errors'
import { pathToFileURL } from 'node:url'
import { DATABASE_FILE } from './backend'
import type { ShellPort } from './services/transfer/host'
import type * as ClientModule from './worker/client'
import type { BackendInit } from './worker/protocol'
import { cleanup, tempDir } from '../../test/support'

interface FakeWindow {
  minimized: boolean
  restore: ReturnType<typeof vi.fn>
  focus: ReturnType<typeof vi.fn>
}

const shell = vi.hoisted(() => ({
  lock: true,
  listeners: new Map<string, (...args: unknown[]) => void>(),
  quit: vi.fn(),
  exit: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  showErrorBox: vi.fn(),
  handle: vi.fn(),
  windows: [] as FakeWindow[],
}))

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    requestSingleInstanceLock: () => shell.lock,
    quit: shell.quit,
    exit: shell.exit,
    whenReady: shell.whenReady,
    on: (name: string, listener: (...args: unknown[]) => void) => shell.listeners.set(name, listener),
    getPath: () => '/nonexistent/user-data',
  },
  BrowserWindow: class {
    minimized = false
    restore = vi.fn()
    focus = vi.fn()
    constructor() {
      shell.windows.push(this)
    }
    isMinimized() {
      return this.minimized
    }
    once() {}
    loadURL() {
      return Promise.resolve()
    }
  },
  dialog: { showErrorBox: shell.showErrorBox, showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  ipcMain: { handle: shell.handle },
  shell: { openExternal: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  session: {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    },
  },
}))

// The real back end in its real worker thread, started from the TypeScript entry (through tsx) and reading
// the migrations from the source tree instead of beside the built main script.
vi.mock('./worker/client', async (importOriginal) => {
  const real = await importOriginal<typeof ClientModule>()
  const { migrationsDir, repoRoot } = await import('../../test/support')
  const entry = pathToFileURL(join(repoRoot, 'electron/main/worker/entry.ts'))
  return {
    ...real,
    startBackendWorker: (_file: string, init: BackendInit, shell: ShellPort | null) =>
      real.startBackendWorker(entry, { ...init, migrationsDir }, shell, { execArgv: ['--import', 'tsx'] }),
  }
})

/** Quitting as Electron does: will-quit waits while the back end closes the data, then quits again. */
async function quit(): Promise<void> {
  const preventDefault = vi.fn()
  const calls = shell.quit.mock.calls.length
  shell.listeners.get('will-quit')?.({ preventDefault })
  if (preventDefault.mock.calls.length > 0)
    await vi.waitFor(() => expect(shell.quit.mock.calls.length).toBe(calls + 1), STARTED)
}

/** Starting the worker from TypeScript compiles it first: a second or two on a busy machine. */
const STARTED = { timeout: 15_000 }

let dataDir: string

beforeEach(() => {
  vi.resetModules()
  shell.lock = true
  shell.listeners.clear()
  shell.windows.length = 0
  for (const mock of [shell.quit, shell.exit, shell.whenReady, shell.showErrorBox, shell.handle]) mock.mockClear()
  dataDir = tempDir()
  vi.stubEnv('BACKSTRIDE_DATA_DIR', dataDir)
})

afterEach(async () => {
  await quit()
  vi.unstubAllEnvs()
  cleanup()
})

const startApp = () => import('./index')

describe('a second Backstride', () => {
  it('quits at once when another instance holds the lock, touching nothing', async () => {
    shell.lock = false
    await startApp()
    expect(shell.quit).toHaveBeenCalledTimes(1)
    expect(shell.whenReady).not.toHaveBeenCalled()
    expect(shell.handle).not.toHaveBeenCalled()
    expect(shell.windows).toHaveLength(0)
    // It never opened the data: the file is not even there.
    expect(() => openDatabase(join(dataDir, DATABASE_FILE)).close()).not.toThrow()
  })

  it('brings the first instance’s window to the front, restored if it was minimised', async () => {
    await startApp()
    await vi.waitFor(() => expect(shell.windows).toHaveLength(1), STARTED)
    const window = shell.windows[0] as FakeWindow
    // The contract's channel and the preload's drop channel.
    expect(shell.handle).toHaveBeenCalledTimes(2)

    shell.listeners.get('second-instance')?.()
    expect(window.focus).toHaveBeenCalledTimes(1)
    expect(window.restore).not.toHaveBeenCalled()

    window.minimized = true
    shell.listeners.get('second-instance')?.()
    expect(window.restore).toHaveBeenCalledTimes(1)
    expect(window.focus).toHaveBeenCalledTimes(2)
    expect(shell.windows).toHaveLength(1)
  })

  it('holds the data while it runs and lets go when it quits', async () => {
    await startApp()
    await vi.waitFor(() => expect(shell.windows).toHaveLength(1), STARTED)
    const file = join(dataDir, DATABASE_FILE)
    expect(() => openDatabase(file)).toThrow(DatabaseInUseError)
    await quit()
    expect(() => openDatabase(file).close()).not.toThrow()
  })
})

describe('data held by another process', () => {
  it('is refused with a message that says where and what to do, and the app stops without a window', async () => {
    const holder = openDatabase(join(dataDir, DATABASE_FILE))
    try {
      await startApp()
      await vi.waitFor(() => expect(shell.exit).toHaveBeenCalledWith(1), STARTED)
      expect(shell.showErrorBox).toHaveBeenCalledWith(
        'Backstride cannot open its data',
        new DatabaseInUseError(join(dataDir, DATABASE_FILE)).message,
      )
      expect(shell.windows).toHaveLength(0)
      expect(shell.handle).not.toHaveBeenCalled()
    } finally {
      holder.close()
    }
  })
})
