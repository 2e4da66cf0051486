// No Electron import, so the scheme handler and the tests can read the policy on their own.
/**
 * The renderer's Content-Security-Policy. The same policy stands in src/index.html as a meta tag, so
 * the e2e suite runs the renderer under it too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
