// What a printed sheet is made of, in reading order. Each block is measured and placed whole on a page
// (paginate.ts); exercise cards come two to a row.
import type { SessionKind } from '#shared/enums'
import { SESSION_ORDER, type Exercise, type ProgramItem, type ProgramSheet } from '#shared/programs'

export type SheetBlock =
  | { kind: 'header' | 'safety' | 'week' | 'log' | 'notes'; key: string }
  | { kind: 'session'; key: string; session: SessionKind; keepWithNext: true }
  | { kind: 'cards'; key: string; cards: { item: ProgramItem; exercise: Exercise }[] }

export const CARDS_PER_ROW = 2

export function sheetBlocks(sheet: ProgramSheet): SheetBlock[] {
  const exercises = new Map(sheet.exercises.map((e) => [e.id, e]))
  const blocks: SheetBlock[] = [
    { kind: 'header', key: 'header' },
    { kind: 'safety', key: 'safety' },
    { kind: 'week', key: 'week' },
  ]
  for (const session of SESSION_ORDER) {
    const cards = sheet.program.items
      .filter((item) => item.session === session)
      .flatMap((item) => {
        const exercise = exercises.get(item.exerciseId)
        return exercise ? [{ item, exercise }] : []
      })
    if (!cards.length) continue
    blocks.push({ kind: 'session', key: `session-${session}`, session, keepWithNext: true })
    for (let i = 0; i < cards.length; i += CARDS_PER_ROW)
      blocks.push({ kind: 'cards', key: `cards-${session}-${String(i)}`, cards: cards.slice(i, i + CARDS_PER_ROW) })
  }
  blocks.push({ kind: 'log', key: 'log' }, { kind: 'notes', key: 'notes' })
  return blocks
}
