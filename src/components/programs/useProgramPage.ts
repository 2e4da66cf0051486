// The program page's work: load the program with its athlete, save the draft, print (saving first when
// asked), delete with confirmation, and ask before leaving unsaved changes.
import { computed, ref, watch } from 'vue'
import { onBeforeRouteLeave, useRouter } from 'vue-router'
import { api, messageOf, unwrap } from '../../api/client'
import { buildWeekPlan } from '#shared/programSchedule'
import type { Program } from '#shared/programs'
import type { Athlete } from '#shared/types'
import { useExercisesStore } from '../../stores/exercises'
import { useProgramsStore } from '../../stores/programs'
import type { LoadStatus } from '../../stores/recordList'
import { useUiStore } from '../../stores/ui'
import type { ProgramDraft } from './useProgramDraft'

export function useProgramPage(programId: () => number, draft: ProgramDraft) {
  const programs = useProgramsStore()
  const exercises = useExercisesStore()
  const ui = useUiStore()
  const router = useRouter()
  const program = ref<Program | null>(null)
  const athlete = ref<Athlete | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  const saveError = ref('')
  const saving = ref(false)

  const plan = computed(() =>
    buildWeekPlan({
      runDays: draft.settings.runDays,
      strengthPerWeek: draft.settings.strengthPerWeek,
      mobilityPerDay: draft.settings.mobilityPerDay,
      kinds: draft.kinds.value,
    }),
  )
  const savedPlan = computed(() =>
    program.value
      ? buildWeekPlan({ ...program.value, kinds: [...new Set(program.value.items.map((i) => i.session))] })
      : null,
  )
  const printHref = computed(() => router.resolve({ name: 'print-program', params: { id: programId() } }).href)
  const adherence = computed(() => programs.adherence.find((a) => a.programId === programId()))

  async function load(id: number) {
    status.value = 'loading'
    try {
      await exercises.ensure()
      void programs.loadTemplates().catch(() => undefined)
      const p = await programs.get(id)
      athlete.value = unwrap(await api.athletes.get({ id: p.athleteId }))
      program.value = p
      draft.load(p)
      void programs.loadAdherence(p.athleteId)
      document.title = `${p.title} — ${athlete.value.name} — Backstride`
      status.value = 'ready'
    } catch (e) {
      error.value = messageOf(e)
      status.value = 'error'
    }
  }
  watch(programId, load, { immediate: true })

  /** True once the program is saved; false when a value needs fixing or the save failed (both shown). */
  async function save(): Promise<boolean> {
    saveError.value = ''
    const input = draft.check()
    if (!input) {
      saveError.value = 'Some values need fixing; they are marked below.'
      return false
    }
    saving.value = true
    try {
      program.value = await programs.save(input)
      draft.load(program.value)
      void programs.loadAdherence(program.value.athleteId)
      ui.toast({ message: 'Program saved' })
      return true
    } catch (e) {
      saveError.value = `Could not save the program: ${messageOf(e)}`
      return false
    } finally {
      saving.value = false
    }
  }

  // The print view shows the saved program: with unsaved edits the coach is offered to save them first,
  // so the sheet never silently leaves out what is on screen.
  async function openPrint() {
    const p = program.value
    if (!p) return
    if (draft.dirty.value) {
      const confirmed = await ui.confirm({
        title: 'Save before printing?',
        message: 'This program has unsaved changes. The print view shows the saved program.',
        confirmLabel: 'Save and print',
        danger: false,
      })
      if (!confirmed || !(await save())) return
    }
    await router.push({ name: 'print-program', params: { id: p.id } })
  }

  async function remove() {
    const p = program.value
    if (!p) return
    const confirmed = await ui.confirm({
      title: 'Delete this program?',
      message: `“${p.title}” and the ticks entered for it will be deleted for good.`,
      confirmLabel: 'Delete',
    })
    if (!confirmed) return
    try {
      await programs.remove(p.id)
      draft.load(p) // nothing left to save
      ui.toast({ message: 'Program deleted' })
      await router.push({ name: 'athlete', params: { id: p.athleteId } })
    } catch (e) {
      ui.toast({ tone: 'error', message: `Could not delete the program: ${messageOf(e)}` })
    }
  }

  onBeforeRouteLeave(async () => {
    if (!draft.dirty.value) return true
    return ui.confirm({
      title: 'Leave without saving?',
      message: 'The changes to this program have not been saved.',
      confirmLabel: 'Leave',
    })
  })

  const reload = () => load(programId())

  return {
    reload,
    program,
    athlete,
    status,
    error,
    saveError,
    saving,
    plan,
    savedPlan,
    printHref,
    adherence,
    save,
    openPrint,
    remove,
  }
}
