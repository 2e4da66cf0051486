// A proposal under construction: items keyed by session and exercise key, in the order added, plus the
// weekly settings the rules may raise. It refuses what the sources rule out, so no rule has to remember
// it: a static hold in the pre-run warm-up (seed 004: dynamic moves before the run, static stretches
// after; seed 001: reps before the run).
import type { SessionKind } from '#shared/enums'
import { ceilingOf } from '#shared/ceilings'
import { heldInWarmup, SESSION_ORDER, type Exercise, type ProgramItem } from '#shared/programs'
import { itemFrom, type ItemOverrides } from '../templates'

export function createDraft(exercises: ReadonlyMap<string, Exercise>) {
  const items = new Map<string, ProgramItem>()
  const settings = { strengthPerWeek: 2, mobilityPerDay: 1 }

  /** Keeps the start of a hold or a rep count within the exercise's ceiling. */
  const capped = (key: string, item: ProgramItem): ProgramItem => {
    const top = ceilingOf(exercises.get(key))
    return {
      ...item,
      reps: item.reps !== null && top.reps !== undefined ? Math.min(item.reps, top.reps) : item.reps,
      holdSec: item.holdSec !== null && top.holdSec !== undefined ? Math.min(item.holdSec, top.holdSec) : item.holdSec,
    }
  }

  return {
    settings,
    /** Adds the exercise to the session, or changes it when it is already there. False when refused. */
    put(key: string, session: SessionKind, overrides: ItemOverrides = {}): boolean {
      const id = `${session}:${key}`
      const existing = items.get(id)
      const exercise = exercises.get(key)
      const next = existing ? { ...existing, ...overrides } : exercise ? itemFrom(exercise, session, overrides) : null
      if (!next || heldInWarmup(next)) return false
      items.set(id, capped(key, next))
      return true
    },
    has: (key: string, session: SessionKind) => items.has(`${session}:${key}`),
    /** Changes every session's copy of the exercise. */
    everywhere(key: string, overrides: ItemOverrides) {
      for (const [id, item] of items) if (id.endsWith(`:${key}`)) items.set(id, capped(key, { ...item, ...overrides }))
    },
    items: () =>
      [...items.values()].sort((a, b) => SESSION_ORDER.indexOf(a.session) - SESSION_ORDER.indexOf(b.session)),
  }
}

export type Draft = ReturnType<typeof createDraft>
