// The README promises two commands; CI must run exactly the test one.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const readme = readFileSync('README.md', 'utf8')
const ci = readFileSync('.ci/run', 'utf8')

function commandsUnder(heading: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith(heading))
  if (!section) return []
  return [...section.matchAll(/```(?:sh|bash)\n([\s\S]*?)```/g)].map((m) => (m[1] ?? '').trim())
}

describe('README quick start', () => {
  it('gives exactly two commands: open the app, run every test', () => {
    expect(commandsUnder('Quick start')).toEqual(['npm install && npm start', 'npm ci && npm test'])
  })

  it('is what .ci/run runs', () => {
    expect(ci).toContain("TEST_COMMAND='npm ci && npm test'")
    expect(ci).toContain('bash -c "$TEST_COMMAND"')
  })
})
