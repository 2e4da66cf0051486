// The renderer is served from Backstride's own privileged scheme, backstride://app/, instead of file://:
// Chromium then treats it as a secure, standard origin (module scripts load), the file:// privileges fuse
// can stay off, and every page answer carries the Content-Security-Policy as a header. Only files under
// the built renderer folder are served; anything else is a 404.
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from './csp'

export const APP_SCHEME = 'backstride'
export const APP_URL = `${APP_SCHEME}://app/index.html`

/** For protocol.registerSchemesAsPrivileged, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** The file under `root` a request names, or null when it is not ours or would leave `root`. */
export function resolveAppFile(url: string, root: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'app') return null
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  const file = normalize(join(root, path === '/' ? 'index.html' : path))
  const base = normalize(root.endsWith(sep) ? root : root + sep)
  return file.startsWith(base) ? file : null
}

/** Headers of every answer: its type, the CSP (with frame-ancestors 'none', which a meta tag cannot set). */
export function appHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  }
}

/** The handler for protocol.handle(APP_SCHEME, …). */
export function appProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppFile(request.url, root)
    if (!file) return new Response('Not found', { status: 404 })
    try {
      return new Response(await readFile(file), { headers: appHeaders(file) })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  }
}
