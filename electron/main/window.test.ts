import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Session, WebContents } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { repoRoot } from '../../test/support'
import {
  CONTENT_SECURITY_POLICY,
  EXTERNAL_LINKS,
  guardContents,
  isAllowedNavigation,
  mainWindowOptions,
  secureSession,
} from './window'

const { openExternal } = vi.hoisted(() => ({ openExternal: vi.fn(() => Promise.resolve()) }))
vi.mock('electron', () => ({ BrowserWindow: class {}, shell: { openExternal } }))

afterEach(() => {
  openExternal.mockClear()
})

const BUILT = 'backstride://app/index.html'
const FILE_BUILT = 'file:///opt/Backstride/resources/app.asar/out/renderer/index.html'
const DEV = 'http://localhost:5173/'

describe('mainWindowOptions', () => {
  it.each([true, false])('isolates the renderer from Node (dev: %s)', (isDev) => {
    const prefs = mainWindowOptions('/app/out/preload/index.mjs', isDev).webPreferences
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.mjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })

  it('offers developer tools only in development', () => {
    expect(mainWindowOptions('p', true).webPreferences?.devTools).toBe(true)
    expect(mainWindowOptions('p', false).webPreferences?.devTools).toBe(false)
  })

  it('waits until the page is ready before showing the window', () => {
    expect(mainWindowOptions('p', false)).toMatchObject({ show: false, title: 'Backstride' })
  })
})

describe('isAllowedNavigation', () => {
  it('allows moving around our own page', () => {
    expect(isAllowedNavigation(`${BUILT}#/athletes/2`, BUILT)).toBe(true)
    expect(isAllowedNavigation('http://localhost:5173/athletes/2', DEV)).toBe(true)
    expect(isAllowedNavigation(`${FILE_BUILT}#/team`, FILE_BUILT)).toBe(true)
  })

  it('tells our scheme from look-alikes, whose origins are all the opaque "null"', () => {
    expect(isAllowedNavigation('backstride://evil/index.html', BUILT)).toBe(false)
    expect(isAllowedNavigation('other://app/index.html', BUILT)).toBe(false)
    expect(isAllowedNavigation('backstride:app/index.html', BUILT)).toBe(false)
    expect(isAllowedNavigation('data:text/html,<p>', BUILT)).toBe(false)
  })

  it('refuses other files, other sites, other ports and garbage', () => {
    expect(isAllowedNavigation('file:///etc/passwd', BUILT)).toBe(false)
    expect(isAllowedNavigation('file:///home/coach/index.html', BUILT)).toBe(false)
    expect(isAllowedNavigation('https://example.com/', BUILT)).toBe(false)
    expect(isAllowedNavigation('https://example.com/', DEV)).toBe(false)
    expect(isAllowedNavigation('http://localhost:8080/', DEV)).toBe(false)
    expect(isAllowedNavigation('javascript:alert(1)', DEV)).toBe(false)
    expect(isAllowedNavigation('not a url', BUILT)).toBe(false)
    expect(isAllowedNavigation(BUILT, 'not a url')).toBe(false)
  })
})

describe('guardContents', () => {
  type Listener = (event: { preventDefault: () => void }, url?: string) => void
  function fakeContents(links: ReadonlySet<string> = new Set(['https://www.bjsm.bmj.com/article'])) {
    const listeners = new Map<string, Listener>()
    let openHandler: ((details: { url: string }) => { action: string }) | undefined
    const contents = {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => {
        openHandler = handler
      },
    }
    const emit = (name: string, url?: string) => {
      const event = { preventDefault: vi.fn() }
      listeners.get(name)?.(event, url)
      return event.preventDefault.mock.calls.length > 0
    }
    guardContents(contents as unknown as WebContents, () => BUILT, links)
    return { emit, open: (url: string) => openHandler?.({ url }) }
  }

  it('blocks navigation away from our page and every webview', () => {
    const { emit } = fakeContents()
    expect(emit('will-navigate', 'https://example.com/')).toBe(true)
    expect(emit('will-navigate', `${BUILT}#/settings`)).toBe(false)
    expect(emit('will-attach-webview')).toBe(true)
  })

  it('holds a redirect to the same rule as a navigation', () => {
    const { emit } = fakeContents()
    expect(emit('will-redirect', 'https://example.com/')).toBe(true)
    expect(emit('will-redirect', 'backstride://evil/index.html')).toBe(true)
    expect(emit('will-redirect', `${BUILT}#/team`)).toBe(false)
  })

  it('never opens a new window; only the app’s own listed links go to the coach’s browser', () => {
    const { open } = fakeContents()
    expect(open('https://www.bjsm.bmj.com/article')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://www.bjsm.bmj.com/article')
    openExternal.mockClear()
    // Any other https page, however harmless it looks, opens nowhere.
    expect(open('https://www.bjsm.bmj.com/article?next=https://evil.example')).toEqual({ action: 'deny' })
    expect(open('https://example.com/')).toEqual({ action: 'deny' })
    expect(open('http://example.com/')).toEqual({ action: 'deny' })
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('opens nothing at all with the app’s own list, which holds no link today', () => {
    const { open } = fakeContents(EXTERNAL_LINKS)
    expect(open('https://www.bjsm.bmj.com/article')).toEqual({ action: 'deny' })
    expect(openExternal).not.toHaveBeenCalled()
  })
})

describe('secureSession', () => {
  type RequestHandler = (c: unknown, p: string, cb: (granted: boolean) => void) => void
  type CheckHandler = (...args: unknown[]) => boolean
  interface FakeSession {
    request?: RequestHandler
    check?: CheckHandler
  }
  function fakeSession(): FakeSession {
    const session: FakeSession = {}
    Object.assign(session, {
      setPermissionRequestHandler: (handler: RequestHandler) => (session.request = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => (session.check = handler),
    })
    secureSession(session as unknown as Session)
    return session
  }

  it.each(['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal'])(
    'denies the %s permission when asked and when checked',
    (permission) => {
      const session = fakeSession()
      const callback = vi.fn()
      session.request?.({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(session.check?.({}, permission, 'http://localhost:5173', {})).toBe(false)
    },
  )
})

describe('Content-Security-Policy', () => {
  const directives = (policy: string) =>
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)

  it('allows no inline or evaluated script and nothing from outside the app', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/)
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
      ]),
    )
  })

  it('is the same in src/index.html, except frame-ancestors which a meta tag cannot set', () => {
    const html = readFileSync(join(repoRoot, 'src/index.html'), 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1]
    expect(meta).toBeDefined()
    expect(directives(meta ?? '')).toEqual(
      directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors')),
    )
  })
})
