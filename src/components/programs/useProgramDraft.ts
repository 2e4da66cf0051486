// The program being edited: settings and exercises as the coach types them (numbers as text), kept in
// session order so an error path like "items.3.reps" points at the row on screen. Moves and removals are
// announced for screen-reader users.
import { computed, inject, reactive, ref, type InjectionKey } from 'vue'
import { parseNumber, textOf } from '../../composables/numbers'
import type { SessionKind } from '#shared/enums'
import {
  heldInWarmup,
  SESSION_ORDER,
  SESSION_TITLE,
  type Exercise,
  type Program,
  type ProgramItem,
  type ProgramStatus,
  type ProgramTemplate,
  type Sides,
} from '#shared/programs'
import { programUpdate, type ProgramUpdateInput } from '#shared/schemas/program'
import { validate, type FieldErrors } from '#shared/validation'

export interface DraftItem {
  uid: number
  exerciseId: number
  session: SessionKind
  sets: string
  reps: string
  holdSec: string
  sides: Sides
  restSec: string
  repsStep: string
  holdStep: string
  note: string
}

let nextUid = 1
const toDraft = (i: ProgramItem): DraftItem => ({
  uid: nextUid++,
  exerciseId: i.exerciseId,
  session: i.session,
  sets: textOf(i.sets),
  reps: textOf(i.reps),
  holdSec: textOf(i.holdSec),
  sides: i.sides,
  restSec: textOf(i.restSec),
  repsStep: textOf(i.repsStep),
  holdStep: textOf(i.holdStep),
  note: i.note,
})
/** A hold with no reps typed into the warm-up: the builder warns (dynamic before a run, static after). */
export const draftHeldInWarmup = (i: DraftItem) =>
  heldInWarmup({ session: i.session, reps: parseNumber(i.reps), holdSec: parseNumber(i.holdSec) })
const bySession = (a: DraftItem, b: DraftItem) => SESSION_ORDER.indexOf(a.session) - SESSION_ORDER.indexOf(b.session)

export function useProgramDraft(nameOf: (exerciseId: number) => string) {
  const id = ref(0)
  const settings = reactive({
    title: '',
    startDate: '',
    weeks: '',
    goal: '',
    coachName: '',
    coachNotes: '',
    status: 'draft' as ProgramStatus,
    runDays: [] as number[],
    strengthPerWeek: 2,
    mobilityPerDay: 1,
  })
  const items = ref<DraftItem[]>([])
  const errors = ref<FieldErrors>({})
  const announcement = ref('')
  const baseline = ref('')

  function load(p: Program) {
    id.value = p.id
    Object.assign(settings, {
      title: p.title,
      startDate: p.startDate,
      weeks: textOf(p.weeks),
      goal: p.goal,
      coachName: p.coachName,
      coachNotes: p.coachNotes,
      status: p.status,
      runDays: [...p.runDays],
      strengthPerWeek: p.strengthPerWeek,
      mobilityPerDay: p.mobilityPerDay,
    })
    items.value = p.items.map(toDraft).sort(bySession)
    errors.value = {}
    baseline.value = JSON.stringify(payload())
  }
  /** Whether anything differs from the program as last loaded or saved. */
  const dirty = computed(() => baseline.value !== '' && JSON.stringify(payload()) !== baseline.value)

  const say = (message: string) => {
    // Cleared first so the same sentence twice is read out twice.
    announcement.value = ''
    void Promise.resolve().then(() => (announcement.value = message))
  }
  const inSession = (session: SessionKind) => items.value.filter((i) => i.session === session)
  const kinds = computed(() => [...new Set(items.value.map((i) => i.session))])

  function move(uid: number, delta: -1 | 1) {
    const item = items.value.find((i) => i.uid === uid)
    if (!item) return
    const group = inSession(item.session)
    const from = group.indexOf(item)
    const to = from + delta
    const other = group[to]
    if (!other) return
    const list = [...items.value]
    const a = list.indexOf(item)
    const b = list.indexOf(other)
    ;[list[a], list[b]] = [other, item]
    items.value = list
    say(
      `${nameOf(item.exerciseId)} moved to position ${String(to + 1)} of ${String(group.length)} in ${SESSION_TITLE[item.session]}.`,
    )
  }

  function remove(uid: number) {
    const item = items.value.find((i) => i.uid === uid)
    if (!item) return
    items.value = items.value.filter((i) => i !== item)
    say(`${nameOf(item.exerciseId)} removed from ${SESSION_TITLE[item.session]}.`)
  }

  function append(added: ProgramItem[]) {
    items.value = [...items.value, ...added.map(toDraft)].sort(bySession)
  }

  function add(exercise: Exercise, session: SessionKind) {
    append([{ ...exercise, exerciseId: exercise.id, session, repsStep: 0, holdStep: 0, note: '' }])
    say(`${exercise.name} added to ${SESSION_TITLE[session]}.`)
  }

  /** Adds the template's exercises a session does not have yet. */
  function addTemplate(template: ProgramTemplate) {
    const has = new Set(items.value.map((i) => `${i.session}:${String(i.exerciseId)}`))
    const fresh = template.items.filter((i) => !has.has(`${i.session}:${String(i.exerciseId)}`))
    append(fresh.map(({ exerciseKey: _key, ...item }) => item))
    say(`${String(fresh.length)} exercises added from ${template.name}.`)
  }

  function payload(): ProgramUpdateInput {
    const num = (text: string) => parseNumber(text) as number
    return {
      id: id.value,
      ...settings,
      weeks: num(settings.weeks),
      runDays: [...settings.runDays].sort((a, b) => a - b),
      items: items.value.map((i) => ({
        exerciseId: i.exerciseId,
        session: i.session,
        sets: num(i.sets),
        reps: parseNumber(i.reps),
        holdSec: parseNumber(i.holdSec),
        sides: i.sides,
        restSec: parseNumber(i.restSec),
        repsStep: parseNumber(i.repsStep) ?? 0,
        holdStep: parseNumber(i.holdStep) ?? 0,
        note: i.note,
      })),
    }
  }

  /** The payload when it is valid; otherwise shows the errors and returns null. */
  function check(): ProgramUpdateInput | null {
    const result = validate(programUpdate, payload())
    errors.value = result.ok ? {} : result.errors
    return result.ok ? payload() : null
  }

  return {
    id,
    settings,
    items,
    errors,
    announcement,
    dirty,
    kinds,
    load,
    inSession,
    move,
    remove,
    add,
    addTemplate,
    payload,
    check,
  }
}

export type ProgramDraft = ReturnType<typeof useProgramDraft>

/** The builder's components share the one draft of their page. */
export const DRAFT: InjectionKey<ProgramDraft> = Symbol('program draft')

export function useDraft(): ProgramDraft {
  const draft = inject(DRAFT)
  if (!draft) throw new Error('useDraft() outside the program builder')
  return draft
}
