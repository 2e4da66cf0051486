// The Electron security checklist, checked on Backstride's own shell rather than promised in a README:
// the IPC sender check as main registers it, the preload exposing exactly the contract, every window the app
// opens (the main one and the hidden print window) with the safe options, and the packaging config's fuses
// as electron-builder itself reads them. window.test.ts covers the window options, the CSP and the
// navigation and window-open guards; ipc/sender.test.ts the sender rule on its own.
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DROP_CHANNEL, EVENT_CHANNEL, IPC_CHANNEL, METHOD_NAMES } from '#shared/contract'
import type { EventBridge } from '#shared/api'
import type { ServerEvent } from '#shared/serverEvents'
import { repoRoot } from '../../test/support'

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  exposed: [] as [string, unknown][],
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 'answered' })),
  pathForFile: vi.fn((file: { name: string }) => `/home/coach/Downloads/${file.name}`),
  on: new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>(),
  windows: [] as unknown[],
}))

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      electron.handlers.set(channel, handler)
    },
  },
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      electron.exposed.push([key, value])
    },
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      const set = electron.on.get(channel) ?? new Set()
      electron.on.set(channel, set.add(listener))
    },
    off: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      electron.on.get(channel)?.delete(listener)
    },
  },
  webUtils: { getPathForFile: electron.pathForFile },
  BrowserWindow: class {
    webContents = {
      executeJavaScript: () => Promise.reject(new Error('no page in a unit test')),
      printToPDF: () => Promise.reject(new Error('no page in a unit test')),
    }
    constructor(options: unknown) {
      electron.windows.push(options)
    }
    once() {}
    loadURL() {
      return Promise.resolve()
    }
    destroy() {}
  },
  shell: { openExternal: vi.fn() },
  app: { getPath: () => '/home/coach/Documents' },
  dialog: { showSaveDialog: () => Promise.resolve({ canceled: false, filePath: '/home/coach/Documents/x.pdf' }) },
}))

beforeEach(() => {
  electron.handlers.clear()
  electron.on.clear()
  electron.exposed.length = 0
  electron.windows.length = 0
  electron.invoke.mockClear()
  electron.pathForFile.mockClear()
})

afterEach(() => {
  vi.resetModules()
})

const APP = 'file:///opt/Backstride/resources/app.asar/out/renderer/index.html'

describe('the IPC sender check, as main registers it', () => {
  async function registered() {
    const dispatch = vi.fn((method: string, payload: unknown) =>
      Promise.resolve({ ok: true as const, value: { method, payload } }),
    )
    const { registerIpc } = await import('./ipc/register')
    registerIpc(dispatch, () => APP)
    const handler = electron.handlers.get(IPC_CHANNEL)
    if (!handler) throw new Error(`nothing handles ${IPC_CHANNEL}`)
    const send = (senderFrame: unknown, method: unknown = 'athletes.list', payload: unknown = {}) =>
      handler({ senderFrame }, method, payload)
    return { dispatch, send }
  }

  it('handles exactly two channels: the contract and the preload’s dropped files', async () => {
    await registered()
    expect([...electron.handlers.keys()]).toEqual([IPC_CHANNEL, DROP_CHANNEL])
  })

  it('passes a call from the top frame of our page to the dispatcher as it came', async () => {
    const { dispatch, send } = await registered()
    const answer = await send({ url: `${APP}#/athletes/3`, parent: null }, 'runs.list', { athleteId: 3 })
    expect(dispatch).toHaveBeenCalledWith('runs.list', { athleteId: 3 })
    expect(answer).toEqual({ ok: true, value: { method: 'runs.list', payload: { athleteId: 3 } } })
  })

  it.each([
    ['a subframe of our own page', { url: APP, parent: { url: APP } }],
    ['another local file', { url: 'file:///home/coach/Downloads/index.html', parent: null }],
    ['a web page', { url: 'https://example.com/', parent: null }],
    ['a frame that is gone', null],
    ['a frame without a URL', { url: '', parent: null }],
  ])('refuses %s as forbidden, without reaching the dispatcher', async (_what, frame) => {
    const { dispatch, send } = await registered()
    expect(await send(frame)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This request did not come from Backstride.' },
    })
    expect(dispatch).not.toHaveBeenCalled()
  })
})

describe('the drop channel, as main registers it', () => {
  async function drop(senderFrame: unknown, paths: unknown) {
    const granted: string[] = []
    const { registerIpc } = await import('./ipc/register')
    registerIpc(
      () => Promise.resolve({ ok: true as const, value: null }),
      () => APP,
      (path) => {
        granted.push(path)
        return { grant: 'G'.repeat(22), name: 'run.fit', path, kind: 'file' }
      },
    )
    const handler = electron.handlers.get(DROP_CHANNEL)
    if (!handler) throw new Error(`nothing handles ${DROP_CHANNEL}`)
    return { answer: await handler({ senderFrame }, paths), granted }
  }

  it('grants the dropped paths the preload sends from our page', async () => {
    const { answer, granted } = await drop({ url: APP, parent: null }, ['/home/coach/run.fit'])
    expect(granted).toEqual(['/home/coach/run.fit'])
    expect(answer).toEqual([{ grant: 'G'.repeat(22), name: 'run.fit', path: '/home/coach/run.fit', kind: 'file' }])
  })

  it.each([
    ['another page', { url: 'https://example.com/', parent: null }, ['/etc/passwd']],
    ['a subframe', { url: APP, parent: { url: APP } }, ['/etc/passwd']],
    ['not a list', { url: APP, parent: null }, '/etc/passwd'],
    ['not strings', { url: APP, parent: null }, [42, { path: '/etc/passwd' }]],
  ])('grants nothing for %s', async (_what, frame, paths) => {
    const { answer, granted } = await drop(frame, paths)
    expect(answer).toEqual([])
    expect(granted).toEqual([])
  })
})

describe('the preload', () => {
  it('exposes window.api, one function per contract method, window.files, one path lookup, and window.events', async () => {
    await import('../preload/index')
    expect(electron.exposed.map(([key]) => key)).toEqual(['api', 'files', 'events'])
    const api = electron.exposed[0]?.[1] as Record<string, Record<string, unknown>>
    const exposed = Object.entries(api).flatMap(([domain, verbs]) =>
      Object.entries(verbs).map(([verb, fn]) => {
        expect(typeof fn, `${domain}.${verb}`).toBe('function')
        return `${domain}.${verb}`
      }),
    )
    expect(exposed.sort()).toEqual([...METHOD_NAMES].sort())
  })

  it('lets the page have dropped files granted, and nothing more: paths read from the real files, one channel', async () => {
    await import('../preload/index')
    const files = electron.exposed.find(([key]) => key === 'files')?.[1] as Record<string, (files: unknown) => unknown>
    expect(Object.keys(files)).toEqual(['grantDropped'])
    await files.grantDropped?.([{ name: 'run.fit' }, { name: 'long.gpx' }])
    expect(electron.pathForFile).toHaveBeenCalledTimes(2)
    expect(electron.invoke.mock.calls).toEqual([
      [DROP_CHANNEL, ['/home/coach/Downloads/run.fit', '/home/coach/Downloads/long.gpx']],
    ])
  })

  it('hands the page each pushed event on the one event channel, never the IPC event, until it stops listening', async () => {
    await import('../preload/index')
    const events = electron.exposed.find(([key]) => key === 'events')?.[1] as EventBridge
    expect(Object.keys(events)).toEqual(['onEvent'])
    const heard: unknown[] = []
    const stop = events.onEvent((event) => heard.push(event))
    expect([...electron.on.keys()]).toEqual([EVENT_CHANNEL])
    const pushed: ServerEvent = {
      name: 'print.progress',
      payload: { jobId: 1, running: true, done: 2, total: 5, stage: 'preparing' },
    }
    const ipcEvent = { sender: { send: vi.fn() }, senderFrame: {} }
    for (const listener of electron.on.get(EVENT_CHANNEL) ?? []) listener(ipcEvent, pushed)
    expect(heard).toEqual([pushed])
    stop()
    expect(electron.on.get(EVENT_CHANNEL)?.size).toBe(0)
  })

  it('sends nothing for a File made in script (it has no path)', async () => {
    electron.pathForFile.mockReturnValueOnce('')
    await import('../preload/index')
    const files = electron.exposed.find(([key]) => key === 'files')?.[1] as Record<string, (files: unknown) => unknown>
    await files.grantDropped?.([{ name: 'forged.fit' }])
    expect(electron.invoke.mock.calls).toEqual([[DROP_CHANNEL, []]])
  })

  it('sends every call through ipcRenderer.invoke on the one channel, method name first', async () => {
    await import('../preload/index')
    const api = electron.exposed[0]?.[1] as Record<string, Record<string, (payload?: unknown) => Promise<unknown>>>
    for (const method of METHOD_NAMES) {
      const [domain = '', verb = ''] = method.split('.')
      electron.invoke.mockClear()
      const payload = { probe: method }
      await expect(api[domain]?.[verb]?.(payload)).resolves.toEqual({ ok: true, value: 'answered' })
      expect(electron.invoke.mock.calls).toEqual([[IPC_CHANNEL, method, payload]])
    }
    electron.invoke.mockClear()
    await api.settings?.get?.()
    expect(electron.invoke.mock.calls).toEqual([[IPC_CHANNEL, 'settings.get', {}]])
  })

  it('imports nothing but electron and the method names, so it stays logic-free, sandbox-safe and free of zod', async () => {
    const { readFileSync } = await import('node:fs')
    const importsOf = (file: string, kind: 'value' | 'type') =>
      [...readFileSync(join(repoRoot, file), 'utf8').matchAll(/^import (type )?.* from '([^']+)'/gm)]
        .filter((m) => (kind === 'type') === Boolean(m[1]))
        .map((m) => m[2])
    expect(importsOf('electron/preload/index.ts', 'value').sort()).toEqual([
      '#shared/api',
      '#shared/methodNames',
      'electron',
    ])
    // What the preload bundles from the shared folder takes only types from the contract: no schema, no zod.
    expect(importsOf('src/shared/api.ts', 'value')).toEqual([])
    expect(importsOf('src/shared/methodNames.ts', 'value')).toEqual([])
  })

  it('is built as CommonJS, the only format a sandboxed preload can load, under the name main gives it', async () => {
    const { default: configFor } = (await import('../../electron.vite.config')) as unknown as {
      default: (env: { command: string; mode: string }) => {
        preload: { build: { rolldownOptions: { output: { format: string; entryFileNames: string } } } }
      }
    }
    const config = configFor({ command: 'build', mode: 'production' })
    expect(config.preload.build.rolldownOptions.output).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' })
    const { readFileSync } = await import('node:fs')
    const main = readFileSync(join(repoRoot, 'electron/main/index.ts'), 'utf8')
    expect(main).toContain("'../preload/index.cjs'")
  })
})

describe('the Content-Security-Policy of the built renderer', () => {
  it('is relaxed for inline styles only on the dev server, never in the build', async () => {
    const { default: configFor } = (await import('../../electron.vite.config')) as unknown as {
      default: (env: { command: string; mode: string }) => {
        renderer: { plugins: { name: string; apply?: string; transformIndexHtml?: (html: string) => string }[] }
      }
    }
    const config = configFor({ command: 'build', mode: 'production' })
    const relaxing = config.renderer.plugins.filter((p) => p.transformIndexHtml?.("style-src 'self'") !== undefined)
    expect(relaxing.map((p) => [p.name, p.apply])).toEqual([['backstride:dev-csp', 'serve']])
  })
})

describe('every window Backstride opens', () => {
  const SAFE = {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    devTools: false,
  }

  it('the main window isolates its page', async () => {
    const { createMainWindow } = await import('./window')
    createMainWindow('/app/out/preload/index.cjs', APP, false)
    expect(electron.windows).toHaveLength(1)
    expect(electron.windows[0]).toMatchObject({ show: false, webPreferences: SAFE })
  })

  it('the hidden window that prints PDFs has the same settings', async () => {
    const { createPrintAdapter } = await import('./print')
    const adapter = createPrintAdapter({
      preloadPath: '/app/out/preload/index.cjs',
      appUrl: () => APP,
      parent: () => undefined,
    })
    const job = { route: '/print/program/1?paper=a4', paper: 'a4' as const, suggestedName: 'x.pdf', total: 1 }
    await adapter.savePdf(job, () => undefined).catch(() => undefined)
    expect(electron.windows).toHaveLength(1)
    expect(electron.windows[0]).toMatchObject({
      show: false,
      webPreferences: { ...SAFE, preload: '/app/out/preload/index.cjs' },
    })
  })
})

describe('the packaging config, as electron-builder reads it', () => {
  interface BuilderConfig {
    electronFuses?: Record<string, boolean>
    asar?: boolean
    asarUnpack?: string[]
    files?: { filter: string[] }[]
    linux?: { target?: string[] }
    win?: { target?: string[] }
    mac?: { target?: string[] }
  }

  async function builderConfig(): Promise<BuilderConfig> {
    // electron-builder's own loader and schema check (app-builder-lib has no public export for them).
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config.js')
    const { DebugLogger } = await import('builder-util/out/DebugLogger.js')
    const config = await getConfig(repoRoot, null, null)
    await validateConfiguration(config, new DebugLogger(false))
    return config as BuilderConfig
  }

  it(
    'is valid for electron-builder and flips the security fuses',
    async () => {
      const config = await builderConfig()
      expect(config.electronFuses).toMatchObject({
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        grantFileProtocolExtraPrivileges: false,
      })
    },
    // Loading electron-builder takes a few seconds on a slow machine.
    60_000,
  )

  it('packs the app in an asar with better-sqlite3 unpacked, for Linux, Windows and macOS', async () => {
    const config = await builderConfig()
    expect(config.asar).toBe(true)
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**')
    expect(config.files?.flatMap((set) => set.filter)).toContain('out/**')
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.mac?.target).toEqual(['dmg'])
  }, 60_000)
})
