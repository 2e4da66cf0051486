// Backups, restore and export as the Settings page uses them.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, messageOf, unwrap } from '../api/client'
import type { FilePurpose } from '#shared/schemas/transfer'
import type { BackupInfo, ExportResult, GrantedFile, RestoreResult } from '#shared/transfer'
import type { LoadStatus } from './recordList'

export const useBackupsStore = defineStore('backups', () => {
  const folder = ref('')
  const list = ref<BackupInfo[]>([])
  const status = ref<LoadStatus>('idle')
  const error = ref('')

  async function load() {
    status.value = 'loading'
    error.value = ''
    try {
      const answer = unwrap(await api.backups.list())
      folder.value = answer.folder
      list.value = answer.backups
      status.value = 'ready'
    } catch (e) {
      error.value = messageOf(e)
      status.value = 'error'
    }
  }

  async function create(): Promise<BackupInfo> {
    const made = unwrap(await api.backups.create())
    await load()
    return made
  }

  async function restore(grant: string): Promise<RestoreResult> {
    const result = unwrap(await api.backups.restore({ grant }))
    await load()
    return result
  }

  /** One file or folder from the native dialog; null when cancelled, undefined when there is no dialog here. */
  async function choose(purpose: FilePurpose): Promise<GrantedFile | null | undefined> {
    const chosen = unwrap(await api.files.choose({ purpose }))
    if (!chosen.available) return undefined
    return chosen.files[0] ?? null
  }

  async function exportData(
    format: 'csv' | 'json',
    groupId: number | null,
    folder: GrantedFile | null,
  ): Promise<ExportResult> {
    const request = { groupId, folder: folder?.grant ?? null }
    return unwrap(format === 'csv' ? await api.export.csv(request) : await api.export.json(request))
  }

  return { folder, list, status, error, load, create, restore, choose, exportData }
})
