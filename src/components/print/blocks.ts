// What a printed sheet is made of, in reading order. Each block is measured and placed whole on a page
// (paginate.ts). Exercise cards come two to a row, one card per exercise listing every session it
// belongs to; the log comes a week per block. Blocks of a section (the cards, the log) repeat the
// section's heading when they start a page; the runner's notes lines print only where they fit.
import type { SessionKind } from '#shared/enums'
import { SESSION_ORDER, type Exercise, type ProgramItem, type ProgramSheet } from '#shared/programs'

export type Section = 'exercises' | 'log'

export interface SheetCard {
  exercise: Exercise
  /** the exercise in each session it belongs to, in the order of a run day */
  items: ProgramItem[]
}

export type SheetBlock =
  | { kind: 'header' | 'safety' | 'week' | 'sessions' | 'coach-notes'; key: string }
  | { kind: 'heading'; key: string; section: Section; keepWithNext: true }
  | { kind: 'cards'; key: string; section: 'exercises'; cards: SheetCard[] }
  | { kind: 'log-week'; key: string; section: 'log'; week: number }
  | { kind: 'notes'; key: string; optional: true }

export const CARDS_PER_ROW = 2

const order = (session: SessionKind) => SESSION_ORDER.indexOf(session)

/** One card per exercise, in the order the exercises first appear on a run day. */
export function sheetCards(sheet: ProgramSheet): SheetCard[] {
  const exercises = new Map(sheet.exercises.map((e) => [e.id, e]))
  const items = [...sheet.program.items].sort((a, b) => order(a.session) - order(b.session))
  const cards = new Map<number, SheetCard>()
  for (const item of items) {
    const exercise = exercises.get(item.exerciseId)
    if (!exercise) continue
    const card = cards.get(exercise.id)
    if (card) card.items.push(item)
    else cards.set(exercise.id, { exercise, items: [item] })
  }
  return [...cards.values()]
}

export function sheetBlocks(sheet: ProgramSheet): SheetBlock[] {
  const blocks: SheetBlock[] = [
    { kind: 'header', key: 'header' },
    { kind: 'safety', key: 'safety' },
    { kind: 'week', key: 'week' },
  ]
  const cards = sheetCards(sheet)
  if (cards.length) {
    blocks.push({ kind: 'sessions', key: 'sessions' })
    blocks.push({ kind: 'heading', key: 'heading-exercises', section: 'exercises', keepWithNext: true })
    for (let i = 0; i < cards.length; i += CARDS_PER_ROW)
      blocks.push({
        kind: 'cards',
        key: `cards-${String(i)}`,
        section: 'exercises',
        cards: cards.slice(i, i + CARDS_PER_ROW),
      })
  }
  blocks.push({ kind: 'heading', key: 'heading-log', section: 'log', keepWithNext: true })
  for (let week = 1; week <= sheet.program.weeks; week++)
    blocks.push({ kind: 'log-week', key: `log-${String(week)}`, section: 'log', week })
  if (sheet.program.coachNotes) blocks.push({ kind: 'coach-notes', key: 'coach-notes' })
  blocks.push({ kind: 'notes', key: 'notes', optional: true })
  return blocks
}
