// A coach starts Backstride on a damaged data file: the recovery screen says what is wrong, shows the
// newest verified backup with its date and what it holds, and "Restore this backup" brings the club back
// while the damaged file is kept aside.
import { existsSync } from 'node:fs'
import { openBackend } from '../electron/main/backend'
import { flipBytes } from '../test/reliability/damage'
import { call } from '../test/support'
import { RosterPage } from './pages/roster'
import { expect, migrationsDir, test } from './fixtures'

test.use({
  prepareData: {
    run: async (dataDir) => {
      const backend = await openBackend({ dataDir, migrationsDir, integrityCheckAfterMs: null })
      const mara = await call(backend, 'athletes.create', { name: 'Mara K.' })
      for (const date of ['2026-03-01', '2026-03-03', '2026-03-05'])
        await call(backend, 'runs.create', { athleteId: mara.id, date, durationMin: 40 })
      await call(backend, 'backups.create', {})
      const file = backend.databaseFile
      backend.close()
      flipBytes(file)
    },
  },
})

test('a damaged data file leads to the recovery screen, and restoring the backup brings the club back', async ({
  page,
  backend,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Backstride could not open your data safely' })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('is damaged, so it was not opened')
  const backup = page.getByRole('region', { name: 'Newest backup that passed every check' })
  await expect(backup).toContainText(/Made \w+day, \d+ \w+ \d{4} at \d\d:\d\d/)
  await expect(backup.getByRole('list', { name: 'What the backup holds' })).toHaveText(
    /1 athlete\s*3 runs\s*0 pain reports\s*0 programs/,
  )
  await expect(page.getByRole('button', { name: 'Open another folder' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Quit' })).toBeVisible()

  await page.getByRole('button', { name: 'Restore this backup' }).click()
  const toast = page.getByTestId('toast').filter({ hasText: 'Your data was restored from the backup.' })
  await expect(toast).toContainText('The damaged file is kept as')
  const aside = /kept as (.*\.db)\./.exec((await toast.textContent()) ?? '')?.[1] ?? ''
  expect(existsSync(aside)).toBe(true)
  expect(await new RosterPage(page).names()).toEqual(['Mara K.'])
  expect(backend.recovery).toBeNull()
})
