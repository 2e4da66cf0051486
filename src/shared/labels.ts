// How each stored value reads to a coach. Kept next to the enums so a new value cannot ship unlabelled
// (the Record types make a missing label a compile error).
import type {
  EasedByStretching,
  Experience,
  FootType,
  PainCharacter,
  PainLocation,
  PainTiming,
  PlanKind,
  RedFlag,
  RunType,
  SessionKind,
  Sex,
  Surface,
  Tightness,
  WallGap,
} from './enums'

export const EXPERIENCE_LABEL: Record<Experience, string> = {
  new: 'New to running',
  returning: 'Returning after a break',
  experienced: 'Experienced',
}
export const SEX_LABEL: Record<Sex, string> = { female: 'Female', male: 'Male', other: 'Other' }
export const RUN_TYPE_LABEL: Record<RunType, string> = {
  easy: 'Easy',
  long: 'Long',
  tempo: 'Tempo',
  intervals: 'Intervals',
  race: 'Race',
  recovery: 'Recovery',
}
export const SURFACE_LABEL: Record<Surface, string> = {
  road: 'Road / asphalt',
  concrete: 'Concrete',
  track: 'Track',
  trail: 'Trail',
  grass: 'Grass',
  treadmill: 'Treadmill',
  mixed: 'Mixed',
}
export const PAIN_TIMING_LABEL: Record<PainTiming, string> = {
  before: 'Before the run',
  during: 'During the run',
  after: 'Right after',
  later: 'Later that day',
  next_morning: 'Next morning',
}
export const PAIN_LOCATION_LABEL: Record<PainLocation, string> = {
  central: 'Central',
  left: 'Left side',
  right: 'Right side',
  both: 'Both sides',
  buttock: 'Buttock',
  thigh: 'Thigh',
  below_knee: 'Below the knee / calf / foot',
}
export const PAIN_CHARACTER_LABEL: Record<PainCharacter, string> = {
  ache: 'Ache',
  stiffness: 'Stiffness',
  sharp: 'Sharp',
  spasm: 'Spasm',
  burning: 'Burning / tingling',
}
export const EASED_LABEL: Record<EasedByStretching, string> = {
  yes: 'Yes',
  no: 'No',
  not_tried: 'Not tried',
}
export const TIGHTNESS_LABEL: Record<Tightness, string> = { normal: 'Normal', tight: 'Tight' }
export const WALL_GAP_LABEL: Record<WallGap, string> = {
  none: 'No gap',
  one_hand: 'About one hand',
  more_than_hand: 'More than a hand',
}
export const FOOT_TYPE_LABEL: Record<FootType, string> = {
  neutral: 'Neutral',
  overpronation: 'Overpronation',
  supination: 'Supination',
}
export const SESSION_KIND_LABEL: Record<SessionKind, string> = {
  strength: 'Strength',
  mobility: 'Mobility',
  warmup: 'Warm-up',
  cooldown: 'Cool-down',
}
export const RED_FLAG_LABEL: Record<RedFlag, string> = {
  saddle_numbness: 'Numbness in the saddle or groin area',
  bladder_bowel_change: 'New change in bladder or bowel control',
  bilateral_leg_weakness: 'Weakness or numbness in both legs',
  fever_unwell: 'Fever or feeling generally unwell',
  weight_loss: 'Weight loss without a reason',
  cancer_history: 'History of cancer',
  recent_trauma: 'Recent fall or other trauma',
  constant_night_pain: 'Constant pain at night, not eased by lying still',
  onset_age_outside_20_55: 'Back pain started for the first time before 20 or after 55',
}
export const PLAN_KIND_LABEL: Record<PlanKind, string> = {
  run: 'Run',
  strength: 'Strength',
  mobility: 'Mobility',
  cross_training: 'Cross-training',
  rest: 'Rest',
}
