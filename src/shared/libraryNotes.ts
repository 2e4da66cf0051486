// A library exercise's note ("every day; hold 30–60 s", "before each run") is written for the exercise in
// general. On a sheet it is printed beside each session the exercise belongs to, so each part of the
// note is kept only where it applies: no "every day" on a warm-up, no "before each run" on a daily
// stretch, no held stretch before a run (dynamic before, static after).
import type { SessionKind } from './enums'

interface NoteRule {
  matches: RegExp
  /** the sessions this part of a note belongs to */
  only: readonly SessionKind[]
}

const RULES: readonly NoteRule[] = [
  { matches: /\b(every day|daily|twice a day)\b/i, only: ['mobility'] },
  { matches: /\bbefore (each|every|the) run\b|\bbefore running\b/i, only: ['warmup'] },
  { matches: /\bafter (each|every|the) run\b|\bafter running\b/i, only: ['cooldown'] },
  { matches: /\bhold\b.*\bstretch\b|\bstretch\b.*\bhold\b/i, only: ['cooldown', 'mobility', 'strength'] },
]

/** The parts of a library note (separated by ";") that apply to `session`, joined again. */
export function noteFor(note: string, session: SessionKind): string {
  return note
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && RULES.every((rule) => !rule.matches.test(part) || rule.only.includes(session)))
    .join('; ')
}
