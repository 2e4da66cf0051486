import { describe, expect, it } from 'vitest'
import { isTrustedSender } from './sender'

const BUILT = 'file:///opt/Backstride/resources/app.asar/out/renderer/index.html'
const DEV = 'http://localhost:5173/'
const top = (url: string) => ({ url, isTopFrame: true })

describe('isTrustedSender', () => {
  it('accepts the top frame of the built page, on any route of the single-page app', () => {
    expect(isTrustedSender(top(BUILT), BUILT)).toBe(true)
    expect(isTrustedSender(top(`${BUILT}#/athletes/3/runs`), BUILT)).toBe(true)
    expect(isTrustedSender(top(`${BUILT}?print=1`), BUILT)).toBe(true)
  })

  it('accepts the top frame of the dev server, on any path', () => {
    expect(isTrustedSender(top('http://localhost:5173/'), DEV)).toBe(true)
    expect(isTrustedSender(top('http://localhost:5173/athletes/3'), DEV)).toBe(true)
  })

  it('accepts the app’s own scheme, and refuses its look-alikes (custom-scheme origins are all "null")', () => {
    const APP = 'backstride://app/index.html'
    expect(isTrustedSender(top(`${APP}#/team`), APP)).toBe(true)
    expect(isTrustedSender(top('backstride://evil/index.html'), APP)).toBe(false)
    expect(isTrustedSender(top('other://app/index.html'), APP)).toBe(false)
    expect(isTrustedSender(top('file:///opt/Backstride/out/renderer/index.html'), APP)).toBe(false)
  })

  it('refuses a subframe even of our own page', () => {
    expect(isTrustedSender({ url: BUILT, isTopFrame: false }, BUILT)).toBe(false)
    expect(isTrustedSender({ url: DEV, isTopFrame: false }, DEV)).toBe(false)
  })

  it('refuses another local file, even one named index.html', () => {
    expect(isTrustedSender(top('file:///home/coach/Downloads/index.html'), BUILT)).toBe(false)
    expect(isTrustedSender(top('file:///opt/Backstride/resources/app.asar/out/renderer/other.html'), BUILT)).toBe(false)
    expect(isTrustedSender(top('file:///opt/Backstride/resources/app.asar/out/renderer/index.html.evil'), BUILT)).toBe(
      false,
    )
  })

  it('refuses web pages, including look-alikes of the dev origin', () => {
    expect(isTrustedSender(top('https://example.com/index.html'), BUILT)).toBe(false)
    expect(isTrustedSender(top('http://localhost:5174/'), DEV)).toBe(false)
    expect(isTrustedSender(top('https://localhost:5173/'), DEV)).toBe(false)
    expect(isTrustedSender(top('http://localhost:5173.evil.com/'), DEV)).toBe(false)
    expect(isTrustedSender(top('http://localhost:5173@evil.com/'), DEV)).toBe(false)
    expect(isTrustedSender(top(BUILT), DEV)).toBe(false)
  })

  it('refuses garbage URLs, an empty URL and a missing frame', () => {
    expect(isTrustedSender(top('not a url'), BUILT)).toBe(false)
    expect(isTrustedSender(top(''), DEV)).toBe(false)
    expect(isTrustedSender(top('about:blank'), DEV)).toBe(false)
    expect(isTrustedSender(top('data:text/html,<script>1</script>'), DEV)).toBe(false)
    expect(isTrustedSender(top(DEV), 'not a url')).toBe(false)
    expect(isTrustedSender(null, BUILT)).toBe(false)
    expect(isTrustedSender(undefined, BUILT)).toBe(false)
  })
})
