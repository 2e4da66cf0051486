// Programs per athlete, the templates, and adherence (for the athlete page and the band under the
// load-vs-pain chart: adherenceWeeks gives one entry per program week with its Monday and percent).
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import { api, unwrap } from '../api/client'
import { listen, touches } from '../api/events'
import { addDays } from '#shared/dates'
import type { Program, ProgramAdherence, ProgramSummary, ProgramTemplate } from '#shared/programs'
import type { ProgramUpdateInput } from '#shared/schemas/program'
import { useLatest } from './latest'
import { useRecordList } from './recordList'

export const useProgramsStore = defineStore('programs', () => {
  const summaries = useRecordList<ProgramSummary>(
    (athleteId) => api.programs.list({ athleteId }),
    (a, b) => b.startDate.localeCompare(a.startDate) || b.id - a.id,
    ['programs'],
  )
  const templates = ref<ProgramTemplate[]>([])
  const adherenceLoader = useLatest<number, ProgramAdherence[]>(async (athleteId) =>
    unwrap(await api.programs.adherence({ athleteId })),
  )
  const adherence = computed<ProgramAdherence[]>({
    get: () => adherenceLoader.data.value ?? [],
    set: (next) => (adherenceLoader.data.value = next),
  })
  const adherenceError = adherenceLoader.error
  onScopeDispose(
    listen('changed', (event) =>
      touches(event, ['programs', 'sessions'], adherenceLoader.key.value) ? adherenceLoader.reload() : undefined,
    ),
  )

  /** Programs the runner is or was on (drafts only once something was ticked), newest first. */
  const followed = computed(() => adherence.value.filter((a) => a.status !== 'draft' || a.ticks.length > 0))
  /** Every week of those programs, oldest first: the data for a band under the load-vs-pain chart. */
  const adherenceWeeks = computed(() =>
    followed.value
      .flatMap((p) => p.weeks.map((w) => ({ ...w, programId: p.programId, title: p.title })))
      .sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
  )

  async function loadTemplates() {
    if (!templates.value.length) templates.value = unwrap(await api.programs.templates())
  }

  /** Keeps the figures on screen while the new ones load (a tick, or coming back to the athlete). */
  function loadAdherence(athleteId: number) {
    return adherenceLoader.load(athleteId, true)
  }

  function summaryOf(p: Program): ProgramSummary & { athleteId: number } {
    return {
      id: p.id,
      athleteId: p.athleteId,
      title: p.title,
      startDate: p.startDate,
      endDate: addDays(p.startDate, p.weeks * 7 - 1),
      weeks: p.weeks,
      status: p.status,
      itemCount: p.items.length,
      updatedAt: p.updatedAt,
    }
  }

  async function create(athleteId: number, templateKey: string | null): Promise<Program> {
    const program = unwrap(await api.programs.create({ athleteId, templateKey }))
    summaries.put(summaryOf(program))
    return program
  }

  async function propose(athleteId: number): Promise<Program> {
    const program = unwrap(await api.programs.propose({ athleteId }))
    summaries.put(summaryOf(program))
    return program
  }

  async function get(id: number): Promise<Program> {
    return unwrap(await api.programs.get({ id }))
  }

  async function save(input: ProgramUpdateInput): Promise<Program> {
    const program = unwrap(await api.programs.update(input))
    summaries.put(summaryOf(program))
    return program
  }

  async function remove(id: number) {
    unwrap(await api.programs.delete({ id }))
    summaries.drop(id)
    adherence.value = adherence.value.filter((a) => a.programId !== id)
  }

  async function tick(programId: number, week: number, sessionKey: string, done: boolean) {
    const answer = unwrap(await api.programs.tick({ programId, week, sessionKey, done }))
    adherence.value = [...adherence.value.filter((a) => a.programId !== programId), answer]
    return answer
  }

  return {
    summaries,
    templates,
    adherence,
    followed,
    adherenceError,
    adherenceWeeks,
    loadTemplates,
    loadAdherence,
    create,
    propose,
    get,
    save,
    remove,
    tick,
  }
})
