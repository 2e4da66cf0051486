// The built-in library: every exercise domain.md lists, complete, in our own words, with a drawing
// that prints in black and white.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exerciseCreate } from '#shared/schemas/program'
import { sharedFolder } from '../../../../test/shared-folder'
import { repoRoot } from '../../../../test/support'
import { CATALOGUE } from './catalogue'

const DRAWINGS = join(repoRoot, 'resources/exercises')
const SEEDS = sharedFolder('seeds', 'the check against copying the source articles')

/** The strength/core and mobility lists of domain.md, in order. */
const DOMAIN_LIST = [
  'plank',
  'side-plank',
  'glute-bridge',
  'bird-dog',
  'curl-up',
  'russian-twist',
  'forward-lunge',
  'mountain-climber',
  'clamshell',
  'hamstring-stretch',
  'nerve-glide',
  'hip-flexor-stretch',
  'figure-four',
  'pigeon',
  'happy-baby',
  'hip-rotations',
  'side-bend',
  'ankle-calf',
  'foam-roll',
  'gentle-yoga',
]

describe('the built-in exercises', () => {
  it('are the exercises the source articles name, each once', () => {
    expect(CATALOGUE.map((e) => e.key)).toEqual(DOMAIN_LIST)
    expect(new Set(CATALOGUE.map((e) => e.name)).size).toBe(CATALOGUE.length)
  })

  it.each(CATALOGUE.map((e) => [e.key, e] as const))('%s passes the same checks as a coach’s own', (_key, e) => {
    const { key: _k, ...fields } = e
    expect(exerciseCreate.safeParse(fields).error?.issues ?? []).toEqual([])
    expect(e.cues.length).toBeGreaterThanOrEqual(2)
    expect(e.cues.length).toBeLessThanOrEqual(4)
    expect(e.stopIf).toMatch(/^Stop if /)
  })

  it('follow the default dosages in domain.md', () => {
    const byKey = new Map(CATALOGUE.map((e) => [e.key, e]))
    expect(byKey.get('plank')).toMatchObject({ holdSec: 20 })
    expect(byKey.get('glute-bridge')).toMatchObject({ sets: 2, reps: 12 })
    expect(byKey.get('bird-dog')).toMatchObject({ sets: 2, reps: 8, sides: 'each' })
    expect(byKey.get('hamstring-stretch')).toMatchObject({ holdSec: 30 })
    expect(byKey.get('nerve-glide')).toMatchObject({ sets: 3, reps: 15, holdSec: 2 })
    expect(byKey.get('hip-rotations')).toMatchObject({ reps: 30, sides: 'each' })
  })
})

describe('the drawings', () => {
  const files = readdirSync(DRAWINGS).filter((f) => f.endsWith('.svg'))

  it('exist for every built-in exercise, and no drawing is unused', () => {
    expect(files.map((f) => f.replace(/\.svg$/, '')).sort()).toEqual(CATALOGUE.map((e) => e.illustration ?? '').sort())
  })

  it.each(files)('%s is a black line drawing on the shared canvas, with a title', (file) => {
    const svg = readFileSync(join(DRAWINGS, file), 'utf8')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 200 120"/)
    expect(svg).toMatch(/<title>[^<]{3,}<\/title>/)
    // Lines only: nothing filled, no colour, no embedded pictures or scripts, so it prints cleanly.
    expect(svg).toContain('fill="none"')
    expect(svg.match(/fill="(?!none")[^"]*"/g)).toBeNull()
    expect(svg.match(/stroke="(?!#000")[^"]*"/g)).toBeNull()
    expect(svg).not.toMatch(/<(image|script|text|style|foreignObject)\b/)
  })
})

describe('our own words', () => {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9 ]+/g, ' ')
      .split(/\s+/)
      .filter(Boolean)
  const shingles = (text: string, n = 6) => {
    const w = words(text)
    return w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' '))
  }

  it.skipIf(!SEEDS)('share no run of six words with the source articles', () => {
    const seeds = SEEDS ?? ''
    const seen = new Set(readdirSync(seeds).flatMap((f) => shingles(readFileSync(join(seeds, f), 'utf8'))))
    const copied = CATALOGUE.flatMap((e) => [...e.cues, e.stopIf, e.dosageNote].flatMap((t) => shingles(t))).filter(
      (s) => seen.has(s),
    )
    expect(copied).toEqual([])
  })
})
