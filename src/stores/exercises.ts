// The exercise library, loaded once and kept in step with every change.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, messageOf, unwrap } from '../api/client'
import type { Exercise } from '#shared/programs'
import type { ExerciseFields } from '#shared/schemas/program'
import type { LoadStatus } from './recordList'

const byName = (a: Exercise, b: Exercise) =>
  a.category.localeCompare(b.category) || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })

export const useExercisesStore = defineStore('exercises', () => {
  const list = ref<Exercise[]>([])
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  const byId = computed(() => new Map(list.value.map((e) => [e.id, e])))

  async function load(quiet = false) {
    if (!quiet || status.value !== 'ready') status.value = 'loading'
    error.value = ''
    try {
      list.value = unwrap(await api.exercises.list())
      status.value = 'ready'
    } catch (e) {
      error.value = messageOf(e)
      status.value = 'error'
    }
  }

  /** Loads unless already loaded; for pages that only need to look exercises up. */
  function ensure() {
    return status.value === 'ready' || status.value === 'loading' ? Promise.resolve() : load()
  }

  function put(exercise: Exercise) {
    list.value = [...list.value.filter((e) => e.id !== exercise.id), exercise].sort(byName)
  }

  async function create(fields: ExerciseFields) {
    const created = unwrap(await api.exercises.create(fields))
    put(created)
    return created
  }

  async function update(id: number, fields: ExerciseFields) {
    const updated = unwrap(await api.exercises.update({ ...fields, id }))
    put(updated)
    return updated
  }

  async function restoreDefaults(id: number) {
    const restored = unwrap(await api.exercises.restoreDefaults({ id }))
    put(restored)
    return restored
  }

  async function remove(id: number) {
    unwrap(await api.exercises.delete({ id }))
    list.value = list.value.filter((e) => e.id !== id)
  }

  return { list, status, error, byId, load, ensure, create, update, restoreDefaults, remove }
})
