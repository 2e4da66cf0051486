// Exercises, programs, the printed sheet and adherence: the closed lists, their labels and the objects
// the renderer sees. The SQL CHECKs in the programs migration use the same literals (a test compares them).
import type { SessionKind } from './enums'

export const EXERCISE_CATEGORIES = ['strength', 'mobility'] as const
export const TARGETS = ['core', 'glutes', 'hips', 'hamstrings', 'hip_flexors', 'calves', 'quads', 'lower_back'] as const
/** none: both sides at once (a plank); each: one side then the other; *_first: the tighter side first. */
export const SIDES = ['none', 'each', 'left_first', 'right_first'] as const
export const PROGRAM_STATUSES = ['draft', 'active', 'archived'] as const
export const PAPERS = ['a4', 'letter'] as const
/** The order sessions appear in on the sheet and in the builder: the order of a run day. */
export const SESSION_ORDER = ['warmup', 'cooldown', 'strength', 'mobility'] as const satisfies readonly SessionKind[]

/**
 * A warm-up item must move: reps, not a hold on its own (seed 004: dynamic stretches before the run,
 * static ones after it). The proposal never writes one; the builder warns when the coach does.
 */
export const heldInWarmup = (item: Pick<ProgramItem, 'session' | 'reps' | 'holdSec'>) =>
  item.session === 'warmup' && item.reps === null && item.holdSec !== null

export type ExerciseCategory = (typeof EXERCISE_CATEGORIES)[number]
export type Target = (typeof TARGETS)[number]
export type Sides = (typeof SIDES)[number]
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number]
export type Paper = (typeof PAPERS)[number]

export const CATEGORY_LABEL: Record<ExerciseCategory, string> = { strength: 'Strength / core', mobility: 'Mobility' }
export const TARGET_LABEL: Record<Target, string> = {
  core: 'Core',
  glutes: 'Glutes',
  hips: 'Hips',
  hamstrings: 'Hamstrings',
  hip_flexors: 'Hip flexors',
  calves: 'Calves',
  quads: 'Quads',
  lower_back: 'Lower back',
}
export const SIDES_LABEL: Record<Sides, string> = {
  none: 'Both at once',
  each: 'Each side',
  left_first: 'Left first',
  right_first: 'Right first',
}
export const STATUS_LABEL: Record<ProgramStatus, string> = { draft: 'Draft', active: 'Active', archived: 'Archived' }
export const PAPER_LABEL: Record<Paper, string> = { a4: 'A4', letter: 'US Letter' }
export const SESSION_TITLE: Record<SessionKind, string> = {
  warmup: 'Warm-up',
  cooldown: 'Cool-down',
  strength: 'Strength',
  mobility: 'Mobility and stretching',
}

/** Monday = 0 … Sunday = 6, like isoWeekday() in dates.ts. */
export const DAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const
export const DAY_LONG = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

export interface Dosage {
  sets: number
  reps: number | null
  holdSec: number | null
  sides: Sides
  restSec: number | null
}

export interface Exercise extends Dosage {
  id: number
  /** the built-in exercise this row started as; null for the coach's own */
  key: string | null
  name: string
  category: ExerciseCategory
  targets: Target[]
  /** a short free-text addition to the dosage, e.g. "daily" or "slow on the way down" */
  dosageNote: string
  cues: string[]
  stopIf: string
  /** file name (without .svg) of a drawing in resources/exercises, or null */
  illustration: string | null
  builtIn: boolean
  /** a built-in whose dosage or cues the coach changed (it can be restored) */
  edited: boolean
  /** how many program items use it; deleting a coach's exercise removes them */
  usageCount: number
}

export interface ProgramItem extends Dosage {
  exerciseId: number
  session: SessionKind
  /** added each week after the first: week w does reps + (w − 1) × repsStep */
  repsStep: number
  holdStep: number
  note: string
}

export interface Rationale {
  /** what the data showed, e.g. "Hamstrings tight on the left" */
  finding: string
  /** what the proposal did about it */
  change: string
  /** a caution for the coach rather than a change (refer, medical check) */
  warning?: boolean
  /** the sources behind it, cited as a reader expects (proposals made before sources were kept have none) */
  sources?: string[]
}

export interface ProgramSettings {
  title: string
  startDate: string
  weeks: number
  goal: string
  coachName: string
  coachNotes: string
  status: ProgramStatus
  /** weekdays the athlete runs, Monday = 0 */
  runDays: number[]
  strengthPerWeek: number
  mobilityPerDay: number
}

export interface Program extends ProgramSettings {
  id: number
  athleteId: number
  items: ProgramItem[]
  rationale: Rationale[]
  createdAt: string
  updatedAt: string
}

export interface ProgramSummary {
  id: number
  athleteId: number
  title: string
  startDate: string
  endDate: string
  weeks: number
  status: ProgramStatus
  itemCount: number
  updatedAt: string
}

export interface TemplateItem extends ProgramItem {
  exerciseKey: string
}

export interface ProgramTemplate {
  key: string
  name: string
  description: string
  items: TemplateItem[]
  /** settings the template suggests for a new program */
  weeks: number
  strengthPerWeek: number
  mobilityPerDay: number
}

/** Something the runner must act on before the exercises: printed at the top of the safety box. */
export interface SafetyNotice {
  kind: 'refer_today' | 'refer' | 'medical_check'
  title: string
  /** the day of the newest record behind it, or null */
  date: string | null
}

/** The printed sheet's safety box: who to call, and what this runner must do first. */
export interface SheetSafety {
  /** the program's coach, else the coach profile's in Settings; '' prints "your coach" */
  coachName: string
  coachPhone: string
  /** open referrals (not cleared by a clinician) and a suggested medical check, most urgent first */
  notices: SafetyNotice[]
}

/** Printed on every page of a draft: the runner and coach have not agreed it yet. */
export const DRAFT_MARK = 'DRAFT — not yet agreed'

/** Everything one printed sheet shows, in one answer. */
export interface ProgramSheet {
  program: Program
  athlete: { id: number; name: string; goal: string }
  safety: SheetSafety
  /** the exercises the program uses, by id */
  exercises: Exercise[]
  /** the last day of the last week */
  endDate: string
}

export interface GroupSheets {
  group: { id: number; name: string }
  sheets: ProgramSheet[]
  /** athletes of the group with no program to print */
  missing: { id: number; name: string }[]
}

export interface Tick {
  week: number
  sessionKey: string
}

export interface AdherenceWeek {
  week: number
  /** the Monday the program week starts */
  weekStart: string
  planned: number
  done: number
  /** 0–100, rounded; null when nothing was planned */
  percent: number | null
}

export interface ProgramAdherence {
  programId: number
  title: string
  status: ProgramStatus
  weeks: AdherenceWeek[]
  ticks: Tick[]
}

export interface PdfResult {
  /** false when the coach cancelled the save dialog */
  saved: boolean
  path: string | null
  pages: number | null
}

export interface PrintProgress {
  running: boolean
  /** athletes prepared so far in a batch; 0 or 1 for one program */
  done: number
  total: number
  stage: 'idle' | 'preparing' | 'writing'
}
