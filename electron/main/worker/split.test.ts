// The window side never opens the database: everything main's start-up imports, followed file by file
// from electron/main/index.ts, stays clear of the database, the services and better-sqlite3. They are
// reached only in the worker (entry.ts), so no query can hold up a window.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../../../test/support'

/** Runtime imports (not `import type`) of a TypeScript file, resolved to files where they are local. */
function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const found = [...source.matchAll(/^import\s+(?!type\s)[^'"]*?['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '')
  return found.map((spec) => {
    if (spec.startsWith('#shared/')) return join(repoRoot, 'src/shared', `${spec.slice(8)}.ts`)
    if (!spec.startsWith('.')) return spec
    const base = resolve(dirname(file), spec)
    return [`${base}.ts`, join(base, 'index.ts')].find(existsSync) ?? base
  })
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>()
  const queue = [entry]
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue
    seen.add(file)
    if (file.endsWith('.ts')) queue.push(...imports(file))
  }
  return seen
}

const name = (file: string) => (file.startsWith('/') ? relative(repoRoot, file) : file)

describe('the split between the window and the back end', () => {
  it('keeps the database, the services and better-sqlite3 out of the main process', () => {
    const main = [...reachable(join(repoRoot, 'electron/main/index.ts'))].map(name)
    expect(main).toContain('electron/main/worker/client.ts')
    expect(main).toContain('electron/main/print.ts')
    const backEnd = main.filter(
      (file) =>
        file === 'better-sqlite3' ||
        file === 'electron/main/backend.ts' ||
        file.startsWith('electron/main/db/') ||
        (file.startsWith('electron/main/services/') && !file.endsWith('/errors.ts') && !file.endsWith('/printPort.ts')),
    )
    expect(backEnd).toEqual([])
  })

  it('reaches them from the worker’s entry', () => {
    const worker = [...reachable(join(repoRoot, 'electron/main/worker/entry.ts'))].map(name)
    expect(worker).toEqual(expect.arrayContaining(['electron/main/backend.ts', 'better-sqlite3']))
    expect(worker).not.toContain('electron')
  })
})
