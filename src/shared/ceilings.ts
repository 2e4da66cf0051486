// How far a built-in exercise's weekly progression goes: the top of the dosage range the sources give
// (domain.md's exercise library), or, where they give none, a top the app chose so that a program of up
// to 16 weeks never prints a dosage beyond what the exercise's own card promises ("build towards 60 s").
// A coach's own exercise has no ceiling: its progression is the coach's to set.
export interface Ceiling {
  reps?: number
  holdSec?: number
}

export const DOSAGE_CEILING: Readonly<Record<string, Ceiling>> = {
  plank: { holdSec: 60 }, // hold 20–60 s
  'side-plank': { holdSec: 45 },
  'glute-bridge': { reps: 15 }, // 2–3 × 10–15
  'bird-dog': { reps: 12 },
  'curl-up': { reps: 15 },
  'russian-twist': { reps: 15 },
  'forward-lunge': { reps: 12 },
  'mountain-climber': { holdSec: 40 },
  clamshell: { reps: 20 },
  'hamstring-stretch': { holdSec: 60 }, // 30–60 s
  'nerve-glide': { reps: 15 }, // 3 × 15
  'hip-flexor-stretch': { holdSec: 60 },
  'figure-four': { holdSec: 60 },
  pigeon: { holdSec: 60 },
  'happy-baby': { holdSec: 60 },
  'hip-rotations': { reps: 30 }, // 30 per side
  'side-bend': { reps: 15 },
  'ankle-calf': { reps: 15 },
  'foam-roll': { holdSec: 90 },
  'gentle-yoga': { reps: 10 },
}

/** The ceiling of an exercise by its built-in key; none for the coach's own. */
export function ceilingOf(exercise: { key: string | null } | undefined): Ceiling {
  return (exercise?.key ? DOSAGE_CEILING[exercise.key] : undefined) ?? {}
}
