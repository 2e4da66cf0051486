import { describe, expect, it } from 'vitest'
import { noteFor } from './libraryNotes'

describe('library notes land only where they apply', () => {
  it('keeps "every day" for the daily stretches, not the cool-down', () => {
    expect(noteFor('every day; hold 30–60 s', 'mobility')).toBe('every day; hold 30–60 s')
    expect(noteFor('every day; hold 30–60 s', 'cooldown')).toBe('hold 30–60 s')
  })

  it('keeps "before each run" for the warm-up, not a twice-daily nerve glide', () => {
    expect(noteFor('before each run', 'warmup')).toBe('before each run')
    expect(noteFor('before each run', 'mobility')).toBe('')
  })

  it('keeps a held stretch out of the pre-run warm-up', () => {
    expect(noteFor('then hold a calf stretch for 30 s', 'warmup')).toBe('')
    expect(noteFor('then hold a calf stretch for 30 s', 'cooldown')).toBe('then hold a calf stretch for 30 s')
  })

  it('leaves notes that say nothing about timing everywhere', () => {
    expect(noteFor('two seconds up, two seconds down', 'strength')).toBe('two seconds up, two seconds down')
    expect(noteFor('each direction; big, slow circles', 'warmup')).toBe('each direction; big, slow circles')
  })
})
