// Colours live in tokens.css only, so light, dark and paper each change in one place. This check reads
// every stylesheet and component of the renderer and names the file and line of any colour written out.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = resolve('src')
const TOKENS = join(SRC, 'styles', 'tokens.css')

/** a hex colour in a declaration's value, or a colour function */
const COLOUR = /(?::[^;{}]*|=")#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i
/** where colours can hide in a component: its style blocks, style attributes and SVG paint attributes */
const STYLED = /<style[^>]*>[\s\S]*?<\/style>|\bstyle="[^"]*"|\b(?:fill|stroke|stop-color)="[^"]*"/g

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return files(path)
    return /\.(vue|css)$/.test(entry.name) && path !== TOKENS ? [path] : []
  })
}

/** "file:line: text" for each line of styling that writes a colour out */
function colourLines(path: string): string[] {
  const text = readFileSync(path, 'utf8')
  const styled = path.endsWith('.css')
    ? [{ body: text, at: 0 }]
    : [...text.matchAll(STYLED)].map((m) => ({ body: m[0], at: m.index }))
  return styled.flatMap(({ body, at }) => {
    const first = text.slice(0, at).split('\n').length
    return body
      .split('\n')
      .flatMap((line, i) => (COLOUR.test(line) ? [`${relative(SRC, path)}:${String(first + i)}: ${line.trim()}`] : []))
  })
}

describe('colours come from tokens.css', () => {
  it('no stylesheet or component outside tokens.css writes a colour out', () => {
    const found = files(SRC)
    expect(found.length).toBeGreaterThan(50)
    expect(found.flatMap(colourLines)).toEqual([])
  })

  it('the check sees a hex colour, a colour function and an SVG fill, and leaves ids and tokens alone', () => {
    expect(COLOUR.test('  border: 0.3mm solid #000;')).toBe(true)
    expect(COLOUR.test('  background: rgb(0 0 0 / 0.4);')).toBe(true)
    expect(COLOUR.test('#main-content { color: var(--ink); }')).toBe(false)
    expect('<path fill="#525b6b" d="M0"/>'.match(STYLED)).toEqual(['fill="#525b6b"'])
    expect(COLOUR.test('fill="#525b6b"')).toBe(true)
  })

  it('paper is black on white in both schemes: the dark scheme does not redefine it', () => {
    const css = readFileSync(TOKENS, 'utf8')
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))
    expect(css).toMatch(/--paper: #ffffff;/)
    expect(css).toMatch(/--ink: #000000;/)
    expect(dark).not.toMatch(/--(paper|ink|ink-muted|desk):/)
  })
})
