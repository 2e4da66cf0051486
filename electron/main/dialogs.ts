// The native open dialogs, for import, restore and export. The only module of this feature that
// imports electron; the back end receives it as a plain `Dialogs` object and works without it.
import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron'
import type { FilePurpose } from '#shared/schemas/transfer'
import type { Dialogs } from './services/transfer/host'

const OPTIONS: Record<FilePurpose, OpenDialogOptions> = {
  'import-files': {
    title: 'Import runs',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Activity files and CSV', extensions: ['fit', 'gpx', 'tcx', 'csv', 'gz'] },
      { name: 'All files', extensions: ['*'] },
    ],
  },
  'import-folder': { title: 'Import every activity file in a folder', properties: ['openDirectory'] },
  restore: {
    title: 'Restore from a backup or an export',
    properties: ['openFile'],
    filters: [
      { name: 'Backstride backups and exports', extensions: ['db', 'json'] },
      { name: 'All files', extensions: ['*'] },
    ],
  },
  'export-folder': { title: 'Export into this folder', properties: ['openDirectory', 'createDirectory'] },
}

export function electronDialogs(): Dialogs {
  return {
    async choose(purpose) {
      const parent = BrowserWindow.getFocusedWindow()
      const result = parent
        ? await dialog.showOpenDialog(parent, OPTIONS[purpose])
        : await dialog.showOpenDialog(OPTIONS[purpose])
      return result.canceled ? [] : result.filePaths
    },
  }
}
