// The native open dialogs, for import, restore and export. The only module of this feature that
// imports electron; the back end receives it as a plain `Dialogs` object and works without it.
import { app, BrowserWindow, dialog, type OpenDialogOptions } from 'electron'
import type { FilePurpose } from '#shared/schemas/transfer'
import type { Dialogs, Shell } from './services/transfer/host'

const OPTIONS: Record<FilePurpose, OpenDialogOptions> = {
  'import-files': {
    title: 'Import runs',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Activity files and tables', extensions: ['fit', 'gpx', 'tcx', 'csv', 'tsv', 'txt', 'gz'] },
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

/** Quit, and "Open another folder" from the recovery screen: Backstride starts again on the chosen folder. */
export function electronShell(): Shell {
  return {
    quit: () => app.quit(),
    async openAnotherFolder() {
      const options: OpenDialogOptions = {
        title: 'Open a folder of Backstride data',
        properties: ['openDirectory', 'createDirectory'],
      }
      const parent = BrowserWindow.getFocusedWindow()
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
      const folder = result.canceled ? undefined : result.filePaths[0]
      if (!folder) return false
      const args = process.argv.slice(1).filter((arg) => !arg.startsWith('--data-dir='))
      app.relaunch({ args: [...args, `--data-dir=${folder}`] })
      app.exit(0)
      return true
    },
  }
}
