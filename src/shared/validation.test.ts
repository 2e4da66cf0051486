import * as z from 'zod'
import { describe, expect, it } from 'vitest'
import { runCreate } from './schemas/run'
import { athleteCreate } from './schemas/athlete'
import { validate } from './validation'

describe('validate', () => {
  it('returns the parsed value with defaults filled in', () => {
    expect(validate(runCreate, { athleteId: 1, date: '2026-03-01', durationMin: 45 })).toEqual({
      ok: true,
      value: expect.objectContaining({ type: 'easy', rpe: null, distanceM: null, notes: '' }),
    })
  })

  it('gives one message per field, the first one, so each form field shows a single line', () => {
    const result = validate(runCreate, { athleteId: 1, date: 'tomorrow', durationMin: -5, rpe: 11, type: 'sprint' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      date: 'Use a date like 2026-03-31',
      durationMin: 'Duration must be more than 0 minutes',
      rpe: 'Session RPE is from 0 to 10',
      type: 'Choose one of: easy, long, tempo, intervals, race, recovery',
    })
    expect(result.first).toEqual({ field: 'date', message: 'Use a date like 2026-03-31' })
  })

  it('names nested fields by their path and unknown fields by their name', () => {
    const result = validate(athleteCreate, { name: 'Zoë', groups: ['Trail', ' '], shoeSize: 38 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({ 'groups.1': 'A group needs a name', shoeSize: 'Unknown field: shoeSize' })
  })

  it('uses the friendly fallbacks where a schema has no message of its own', () => {
    const schema = z.strictObject({
      count: z.number(),
      label: z.string().min(3),
      ok: z.boolean(),
      tags: z.array(z.string()).min(1),
      when: z.iso.time(),
    })
    const result = validate(schema, { count: 'x', label: 'ab', ok: 'yes', tags: [], when: '25:99' })
    expect(result.ok ? {} : result.errors).toEqual({
      count: 'Enter a number',
      label: 'At least 3 characters',
      ok: 'Choose yes or no',
      tags: 'Pick at least 1',
      when: 'Use a time like 07:30',
    })
    const missing = validate(schema, {})
    expect(missing.ok ? '' : missing.errors.count).toBe('This field is required')
  })
})
