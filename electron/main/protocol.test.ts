// The backstride:// scheme the renderer is served from: only files under the built renderer folder, never
// a path that climbs out of it, and every answer with its type and the CSP header.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './csp'
import { APP_URL, appProtocolHandler, resolveAppFile } from './protocol'
import { cleanup, tempDir } from '../../test/support'

afterEach(cleanup)

const ROOT = '/opt/Backstride/resources/app.asar/out/renderer'

describe('resolveAppFile', () => {
  it('maps the app’s URLs to files under the renderer folder', () => {
    expect(resolveAppFile(APP_URL, ROOT)).toBe(`${ROOT}/index.html`)
    expect(resolveAppFile('backstride://app/', ROOT)).toBe(`${ROOT}/index.html`)
    expect(resolveAppFile('backstride://app/assets/index-1a2b.js', ROOT)).toBe(`${ROOT}/assets/index-1a2b.js`)
    expect(resolveAppFile('backstride://app/index.html#/athletes/3', ROOT)).toBe(`${ROOT}/index.html`)
  })

  it.each(['backstride://app/../../../../etc/passwd', 'backstride://app/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the renderer folder',
    (url) => {
      expect(resolveAppFile(url, ROOT)).toBe(`${ROOT}/etc/passwd`)
    },
  )

  it.each([
    'backstride://app/assets/..%2f..%2f..%2f..%2fbackstride.db',
    'backstride://app/%00index.html',
    'backstride://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, ROOT)).toBeNull()
  })
})

describe('the scheme handler', () => {
  it('answers a page with its type and the CSP header, and anything else with a 404', async () => {
    const root = tempDir()
    mkdirSync(join(root, 'assets'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Backstride</title>')
    writeFileSync(join(root, 'assets', 'app.js'), 'export {}')
    const handle = appProtocolHandler(root)
    const page = await handle(new Request(APP_URL))
    expect(page.status).toBe(200)
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    // What a meta tag cannot say: no other page may frame Backstride's.
    expect(page.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'")
    expect(await page.text()).toContain('<title>Backstride</title>')
    const script = await handle(new Request('backstride://app/assets/app.js'))
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    expect((await handle(new Request('backstride://app/missing.js'))).status).toBe(404)
    expect((await handle(new Request('backstride://app/%2e%2e/secret'))).status).toBe(404)
  })
})
