// Every closed list of values the coach can pick from. The SQL CHECK constraints in
// electron/main/db/migrations use the same literals; a test compares the two.

export const EXPERIENCE = ['new', 'returning', 'experienced'] as const
export const SEX = ['female', 'male', 'other'] as const
export const RUN_TYPES = ['easy', 'long', 'tempo', 'intervals', 'race', 'recovery'] as const
export const SURFACES = ['road', 'concrete', 'track', 'trail', 'grass', 'treadmill', 'mixed'] as const
export const RUN_SOURCES = ['manual', 'import', 'demo'] as const
export const PAIN_TIMINGS = ['before', 'during', 'after', 'later', 'next_morning'] as const
export const PAIN_LOCATIONS = ['central', 'left', 'right', 'both', 'buttock', 'thigh', 'below_knee'] as const
export const PAIN_CHARACTERS = ['ache', 'stiffness', 'sharp', 'spasm', 'burning'] as const
export const EASED_BY_STRETCHING = ['yes', 'no', 'not_tried'] as const
export const TIGHTNESS = ['normal', 'tight'] as const
export const WALL_GAPS = ['none', 'one_hand', 'more_than_hand'] as const
export const FOOT_TYPES = ['neutral', 'overpronation', 'supination'] as const
export const SESSION_KINDS = ['strength', 'mobility', 'warmup', 'cooldown'] as const
export const UNITS = ['km', 'mi'] as const
export const PLAN_KINDS = ['run', 'strength', 'mobility', 'cross_training', 'rest'] as const

// Red flags (Finucane et al. 2020 international framework). "Urgent" ones mean: stop running, see a
// doctor today.
export const URGENT_RED_FLAGS = ['saddle_numbness', 'bladder_bowel_change', 'bilateral_leg_weakness'] as const
export const OTHER_RED_FLAGS = [
  'fever_unwell',
  'weight_loss',
  'cancer_history',
  'recent_trauma',
  'constant_night_pain',
  'onset_age_outside_20_55',
] as const
export const RED_FLAGS = [...URGENT_RED_FLAGS, ...OTHER_RED_FLAGS] as const

export type Experience = (typeof EXPERIENCE)[number]
export type Sex = (typeof SEX)[number]
export type RunType = (typeof RUN_TYPES)[number]
export type Surface = (typeof SURFACES)[number]
export type RunSource = (typeof RUN_SOURCES)[number]
export type PainTiming = (typeof PAIN_TIMINGS)[number]
export type PainLocation = (typeof PAIN_LOCATIONS)[number]
export type PainCharacter = (typeof PAIN_CHARACTERS)[number]
export type EasedByStretching = (typeof EASED_BY_STRETCHING)[number]
export type Tightness = (typeof TIGHTNESS)[number]
export type WallGap = (typeof WALL_GAPS)[number]
export type FootType = (typeof FOOT_TYPES)[number]
export type SessionKind = (typeof SESSION_KINDS)[number]
export type Unit = (typeof UNITS)[number]
export type PlanKind = (typeof PLAN_KINDS)[number]
export type RedFlag = (typeof RED_FLAGS)[number]
