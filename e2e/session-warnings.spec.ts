// The strength-session form, like the run form, lists unlikely values before saving: a session dated
// tomorrow with no exercises is held with both reasons, and "Save anyway" saves it as typed.
import { addDays, localIsoDate } from '#shared/dates'
import { formatDate } from '#shared/text'
import { expect, test } from './fixtures'
import { call } from '../test/support'

test('a session dated tomorrow with no exercises waits for "Save anyway"', async ({ page, backend }) => {
  const athlete = await call(backend, 'athletes.create', { name: 'Lena S.' })
  const tomorrow = addDays(localIsoDate(new Date()), 1)
  await page.goto(`/#/athletes/${String(athlete.id)}`)
  await page.getByRole('tab', { name: 'Program', exact: true }).click()
  const section = page.getByRole('region', { name: 'Strength and mobility sessions' })
  await section.getByRole('button', { name: 'Log a session' }).click()
  const form = section.getByRole('form', { name: 'Log a session' })
  await form.getByLabel('Date').fill(tomorrow)
  await form.getByRole('button', { name: 'Save session' }).click()

  const check = form.getByRole('alert').filter({ hasText: 'Check before saving:' })
  await expect(check).toContainText('The date is in the future.')
  await expect(check).toContainText('No exercises are listed: the session is saved without them.')
  expect(backend.db.prepare('SELECT count(*) FROM strength_sessions').pluck().get()).toBe(0)

  await check.getByRole('button', { name: 'Save anyway' }).click()
  await expect(section.getByRole('row', { name: new RegExp(formatDate(tomorrow)) })).toContainText('Strength')
  expect(backend.db.prepare('SELECT date FROM strength_sessions').pluck().get()).toBe(tomorrow)
})
