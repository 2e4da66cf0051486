// Backups and export from Settings: back up now, export everything, restore a backup after confirming
// (a revert copy is kept), and a file that is not a backup refused next to the field with nothing changed.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RosterPage } from './pages/roster'
import { expect, test } from './fixtures'

test('a coach backs up, exports, restores a backup and is refused a file that is not one', async ({
  page,
  backend,
  dialogs,
}) => {
  const athlete = async (name: string) => {
    const made = await backend.dispatch('athletes.create', { name, groups: ['Road 10k'] })
    expect(made.ok).toBe(true)
  }
  await athlete('Mara K.')

  await page.goto('/#/settings')
  const backups = page.getByTestId('backups')
  await expect(backups.getByText('No backups yet.')).toBeVisible()
  await backups.getByRole('button', { name: 'Back up now' }).click()
  await expect(backups.getByTestId('backup-list').locator('tbody tr')).toHaveCount(1)
  await expect(backups.getByTestId('backup-list')).toContainText('Made on demand')

  const exporting = page.getByTestId('export')
  await exporting.getByLabel('Whose data').selectOption({ label: 'Group: Road 10k' })
  await exporting.getByRole('button', { name: 'Export JSON (everything)' }).click()
  await expect(exporting.getByTestId('export-result')).toContainText(
    `Saved 1 file in ${join(backend.dataDir, 'exports')}`,
  )

  // A runner added after the backup disappears again when the backup is restored.
  await athlete('Added later')
  await backups.getByRole('button', { name: /^Restore the backup made / }).click()
  const dialog = page.getByRole('dialog', { name: 'Replace all data with this backup?' })
  await expect(dialog).toContainText('Your current data is first saved as a revert copy')
  await dialog.getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByTestId('toast').filter({ hasText: 'Restored.' })).toContainText(
    'previous data is kept as before-restore-',
  )
  await expect(backups.getByTestId('backup-list')).toContainText('Revert copy (before a restore)')
  await page.getByRole('link', { name: 'Roster' }).click()
  expect(await new RosterPage(page).names()).toEqual(['Mara K.'])

  // A file that is not a backup: refused next to the field, the data as it was.
  const notes = join(backend.dataDir, 'notes.txt')
  writeFileSync(notes, 'not a backup')
  await page.getByRole('link', { name: 'Settings' }).click()
  dialogs.next([notes])
  await backups.getByRole('button', { name: 'Restore from file…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click()
  await expect(
    backups.getByText('That file is neither a Backstride backup nor a Backstride JSON export.'),
  ).toBeVisible()
  expect(backend.db.prepare('SELECT name FROM athletes').all()).toEqual([{ name: 'Mara K.' }])
})
