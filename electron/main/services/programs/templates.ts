// Starting points a coach picks from. Each item takes the exercise's current library dosage (so the
// coach's own defaults carry over) and then the few changes the template makes.
import type { SessionKind } from '#shared/enums'
import type { Exercise, ProgramItem, ProgramTemplate, TemplateItem } from '#shared/programs'

export type ItemOverrides = Partial<Omit<ProgramItem, 'exerciseId' | 'session'>>

export interface TemplateEntry {
  key: string
  session: SessionKind
  with?: ItemOverrides
}

interface TemplateDef {
  key: string
  name: string
  description: string
  weeks: number
  strengthPerWeek: number
  mobilityPerDay: number
  entries: TemplateEntry[]
}

const e = (key: string, session: SessionKind, overrides?: ItemOverrides): TemplateEntry =>
  overrides ? { key, session, with: overrides } : { key, session }

const COOL_DOWN: TemplateEntry[] = [
  e('hamstring-stretch', 'cooldown', { sets: 1 }),
  e('hip-flexor-stretch', 'cooldown', { sets: 1 }),
  e('figure-four', 'cooldown', { sets: 1 }),
  e('foam-roll', 'cooldown'),
]

export const TEMPLATES: readonly TemplateDef[] = [
  {
    key: 'core-stability',
    name: 'Core stability',
    description: 'Planks, bird-dogs and curl-ups that build up week by week, for a trunk that holds up late in a run.',
    weeks: 6,
    strengthPerWeek: 3,
    mobilityPerDay: 1,
    entries: [
      e('plank', 'strength', { holdStep: 5 }),
      e('side-plank', 'strength', { holdStep: 5 }),
      e('bird-dog', 'strength', { repsStep: 1 }),
      e('curl-up', 'strength', { repsStep: 1 }),
      e('glute-bridge', 'strength', { repsStep: 1 }),
    ],
  },
  {
    key: 'hip-glute',
    name: 'Hip and glute strength',
    description: 'Bridges, clamshells, lunges and side planks for strong hips and buttocks.',
    weeks: 6,
    strengthPerWeek: 2,
    mobilityPerDay: 1,
    entries: [
      e('glute-bridge', 'strength', { sets: 3, repsStep: 1 }),
      e('clamshell', 'strength', { repsStep: 1 }),
      e('forward-lunge', 'strength', { repsStep: 1 }),
      e('side-plank', 'strength', { holdStep: 5 }),
    ],
  },
  {
    key: 'hamstring-hip-flexor',
    name: 'Hamstring and hip-flexor mobility',
    description: 'Daily stretches for the back of the thighs and the front of the hips, plus yoga poses for home.',
    weeks: 6,
    strengthPerWeek: 2,
    mobilityPerDay: 2,
    entries: [
      e('hamstring-stretch', 'mobility'),
      e('nerve-glide', 'mobility'),
      e('hip-flexor-stretch', 'mobility'),
      e('figure-four', 'mobility'),
      e('pigeon', 'mobility'),
      e('happy-baby', 'mobility'),
    ],
  },
  {
    key: 'warm-up',
    name: 'Pre-run dynamic warm-up',
    description: 'Five to eight minutes of moving stretches before every run.',
    weeks: 6,
    strengthPerWeek: 2,
    mobilityPerDay: 1,
    entries: [
      e('nerve-glide', 'warmup'),
      e('hip-rotations', 'warmup'),
      e('side-bend', 'warmup'),
      e('ankle-calf', 'warmup', { sets: 1 }),
      e('forward-lunge', 'warmup', { sets: 1, reps: 6, restSec: null, note: 'walking lunges, easy' }),
    ],
  },
  {
    key: 'cool-down',
    name: 'Post-run cool-down',
    description: 'Held stretches and foam rolling straight after every run.',
    weeks: 6,
    strengthPerWeek: 2,
    mobilityPerDay: 1,
    entries: [...COOL_DOWN, e('gentle-yoga', 'cooldown')],
  },
  {
    key: 'return-to-running',
    name: 'Return to running after back pain',
    description: 'Gentle strength, stretching twice a day and a short warm-up and cool-down around easy runs.',
    weeks: 6,
    strengthPerWeek: 2,
    mobilityPerDay: 2,
    entries: [
      e('hip-rotations', 'warmup'),
      e('nerve-glide', 'warmup'),
      e('glute-bridge', 'strength', { repsStep: 1 }),
      e('bird-dog', 'strength', { repsStep: 1 }),
      e('curl-up', 'strength', { reps: 8, repsStep: 1 }),
      e('plank', 'strength', { holdSec: 15, holdStep: 5 }),
      e('hamstring-stretch', 'mobility'),
      e('hip-flexor-stretch', 'mobility'),
      e('gentle-yoga', 'mobility'),
      ...COOL_DOWN.filter((entry) => entry.key !== 'hip-flexor-stretch'),
    ],
  },
]

/** A program item with the exercise's library dosage, then `overrides`. */
export function itemFrom(exercise: Exercise, session: SessionKind, overrides: ItemOverrides = {}): ProgramItem {
  return {
    exerciseId: exercise.id,
    session,
    sets: exercise.sets,
    reps: exercise.reps,
    holdSec: exercise.holdSec,
    sides: exercise.sides,
    restSec: exercise.restSec,
    repsStep: 0,
    holdStep: 0,
    note: '',
    ...overrides,
  }
}

/** The templates with exercise ids; an entry whose exercise is missing from the library is left out. */
export function resolveTemplates(byKey: ReadonlyMap<string, Exercise>): ProgramTemplate[] {
  return TEMPLATES.map(({ entries, ...def }) => ({
    ...def,
    items: entries.flatMap((entry): TemplateItem[] => {
      const exercise = byKey.get(entry.key)
      return exercise ? [{ ...itemFrom(exercise, entry.session, entry.with), exerciseKey: entry.key }] : []
    }),
  }))
}
