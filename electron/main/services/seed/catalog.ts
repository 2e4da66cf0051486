// Fixed word lists for the invented demo club. Names are first name + last initial, made up for demo
// data; shoe models are invented so no real product is implied.
import type { Sex } from '#shared/enums'

export const FIRST_NAMES: readonly (readonly [string, Sex | null])[] = [
  ['Ana', 'female'],
  ['Tomás', 'male'],
  ['Ingrid', 'female'],
  ['Kofi', 'male'],
  ['Mei', 'female'],
  ['Luca', 'male'],
  ['Sofia', 'female'],
  ['Jonas', 'male'],
  ['Priya', 'female'],
  ['Mateo', 'male'],
  ['Hanna', 'female'],
  ['Idris', 'male'],
  ['Chloé', 'female'],
  ['Rafael', 'male'],
  ['Aiko', 'female'],
  ['Emil', 'male'],
  ['Nadia', 'female'],
  ['Oskar', 'male'],
  ['Leila', 'female'],
  ['Diego', 'male'],
  ['Maren', 'female'],
  ['Samir', 'male'],
  ['Zoe', 'female'],
  ['Henrik', 'male'],
  ['Amara', 'female'],
  ['Pavel', 'male'],
  ['Elin', 'female'],
  ['Kenji', 'male'],
  ['Lucía', 'female'],
  ['Felix', 'male'],
  ['Alex', null],
  ['Robin', null],
  ['Sam', null],
  ['Kai', null],
  ['Noor', 'female'],
  ['Bruno', 'male'],
  ['Greta', 'female'],
  ['Malik', 'male'],
  ['Yara', 'female'],
  ['Viktor', 'male'],
]

export const INITIALS = 'ABCDEFGHIJKLMNOPRSTUVWZ'.split('')

export const GOALS = {
  'Road 10k': ['Run a 10k under 50 minutes', 'Sub-45 10k this season', 'Back to racing 10k without back pain'],
  'Marathon block': ['Finish the spring marathon', 'Half marathon under 1:45', 'First marathon, finish strong'],
  Trail: ['Finish a 30k trail race', 'Hilly 20k trail race in the autumn', 'Enjoy the mountain season pain-free'],
} as const

/** Runners new to the sport aim for a first finish rather than a time. */
export const NEW_RUNNER_GOALS = {
  'Road 10k': ['Run 5k without walking breaks', 'First 10k race', 'Run 10k under an hour'],
  'Marathon block': ['First half marathon', 'Build up to a 15k long run'],
  Trail: ['First 10k trail race', 'Run the forest loop without stopping'],
} as const

export const ATHLETE_NOTES = [
  '',
  '',
  'Desk job; back stiff after long days of sitting.',
  'Drives a lot for work.',
  'Shift worker, runs at odd hours.',
  'Parent of two, mornings only.',
  'Cycles to work most days.',
  'Had a back episode two years ago, fully recovered.',
] as const

/** Model lines per shoe slot; a replacement takes the next version number of the same line. */
export const SHOE_LINES = {
  daily: ['Cloudstride', 'Road Glide', 'Daily Cushion', 'Pacer Soft'],
  fast: ['Tempo Flyer', 'Quick Lite', 'Race Spark'],
  trail: ['Ridge Grip', 'Trail Ascent', 'Mud Runner'],
} as const

export const STRENGTH_EXERCISES = [
  'Front plank',
  'Side plank',
  'Glute bridge',
  'Bird-dog',
  'Curl-up',
  'Russian twist',
  'Forward lunge',
  'Mountain climbers',
  'Clamshells',
] as const

export const MOBILITY_EXERCISES = [
  'Standing hamstring stretch',
  'Toe-touch nerve glide',
  'Kneeling hip-flexor stretch',
  'Standing figure-four',
  'Pigeon pose',
  'Happy-baby pose',
  'Standing hip rotations',
  'Side bends',
  'Foam rolling',
] as const

export const RUN_NOTES = {
  easy: ['Legs heavy after work', 'Windy along the river', 'Strides at the end', 'Easy with a friend'],
  long: ['Negative split', 'Gel at 60 min', 'Hot and humid', 'Hilly route'],
  tempo: ['3 x 10 min at threshold', '20 min steady tempo', '2 x 15 min tempo'],
  intervals: ['6 x 800 m', '5 x 1 km', '10 x 400 m', '8 x 3 min hard'],
  race: ['Parkrun', 'Club race', 'Season goal race'],
  recovery: ['Very easy shake-out', 'Short and slow'],
} as const

export const PAIN_NOTES = [
  'Stiff getting out of the car',
  'Eased after the warm-up',
  'Worse after a day at the desk',
  'Sore bending to tie the shoes',
  'Settled after a short walk',
  'Tight in the morning, fine by lunch',
] as const
