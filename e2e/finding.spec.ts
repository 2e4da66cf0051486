// Finding things: the roster search reads notes, groups and alerts; single-key shortcuts reach the
// search and the athlete's forms; the groups field picks existing groups and creates one only when asked.
import type { Alert } from '#shared/guidance'
import { addDays, localIsoDate } from '#shared/dates'
import { AthletePage } from './pages/athlete'
import { call } from '../test/support'
import { RosterPage } from './pages/roster'
import { expect, test } from './fixtures'

const today = localIsoDate(new Date())

test('the roster search finds athletes by their notes, groups and alerts, and says where', async ({
  page,
  backend,
}) => {
  await call(backend, 'athletes.create', {
    name: 'Anna Berg',
    runDaysPerWeek: 3,
    groups: ['Tuesday group'],
    notes: 'Had a stress fracture in 2024.',
  })
  await call(backend, 'athletes.create', { name: 'Marco Rossi', runDaysPerWeek: 4, groups: ['Trail'] })
  const jon = await call(backend, 'athletes.create', { name: 'Jon P.', runDaysPerWeek: 3 })
  for (const days of [3, 2, 1]) {
    await call(backend, 'pain.report', { athleteId: jon.id, date: addDays(today, -days), score: 7, timing: 'after' })
  }
  const inbox = (await call(backend, 'guidance.inbox', {})) as Alert[]
  const alert = inbox.find((a) => a.athleteId === jon.id)
  if (!alert) throw new Error('the seeded pain raised no alert for Jon')

  const roster = new RosterPage(page)
  await roster.open()
  await expect(roster.row('Anna Berg')).toBeVisible()
  // "/" from anywhere outside a field puts the cursor in the search.
  await page.keyboard.press('/')
  const search = page.getByRole('searchbox', { name: 'Search athletes' })
  await expect(search).toBeFocused()

  await page.keyboard.type('fracture')
  expect(await roster.names()).toEqual(['Anna Berg'])
  await expect(roster.row('Anna Berg')).toContainText('Notes: Had a stress fracture in 2024.')

  await search.fill('trail')
  expect(await roster.names()).toEqual(['Marco Rossi'])
  await expect(roster.row('Marco Rossi')).toContainText('Group: Trail')

  await search.fill(alert.title)
  expect(await roster.names()).toEqual(['Jon P.'])
  await expect(roster.row('Jon P.')).toContainText(`Alert: ${alert.title}`)
})

test('shortcuts: n and p reach the open athlete’s forms, ? lists them all, / goes to the search', async ({
  page,
  backend,
}) => {
  const athlete = await call(backend, 'athletes.create', { name: 'Mara K.', runDaysPerWeek: 3 })
  await page.goto(`/#/athletes/${String(athlete.id)}`)
  await expect(page.getByRole('heading', { name: 'Mara K.', level: 1 })).toBeVisible()
  const entry = new AthletePage(page)

  await page.keyboard.press('n')
  await expect(entry.runForm.getByLabel('Date')).toBeFocused()
  // Typing in a field is never taken for a shortcut.
  await page.keyboard.type('p')
  await expect(entry.runForm.getByLabel('Date')).toBeFocused()
  await expect(entry.runForm.getByLabel('Date')).toHaveValue('p')

  await page.getByRole('heading', { name: 'Mara K.', level: 1 }).click()
  await page.keyboard.press('p')
  await expect(entry.painForm.getByLabel('Date')).toBeFocused()

  await page.getByRole('heading', { name: 'Mara K.', level: 1 }).click()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  for (const action of ['Search the roster', 'Log a new run', 'Report pain', 'Show these shortcuts']) {
    await expect(help).toContainText(action)
  }
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()

  await page.keyboard.press('/')
  await expect(page).toHaveURL(/#\/roster$/)
  await expect(page.getByRole('searchbox', { name: 'Search athletes' })).toBeFocused()

  // Away from an athlete, n says what it needs instead of doing nothing.
  await page.getByRole('heading', { name: 'Roster', level: 1 }).click()
  await page.keyboard.press('n')
  await expect(page.getByTestId('toast').filter({ hasText: 'Open an athlete’s page to log a run.' })).toBeVisible()
})

test('the groups field picks an existing group on Enter and creates one only when asked', async ({ page, backend }) => {
  await call(backend, 'athletes.create', { name: 'Anna Berg', runDaysPerWeek: 3, groups: ['Tuesday group'] })
  await page.goto('/#/athletes/new')
  const form = page.getByTestId('athlete-form')
  await form.getByLabel('Name').fill('Mara K.')
  const groups = form.getByRole('combobox', { name: 'Groups' })
  const chips = form.getByRole('list', { name: 'Group list' })

  await groups.fill('tue')
  await expect(form.getByRole('option', { name: 'Tuesday group' })).toBeVisible()
  await groups.press('Enter')
  await expect(chips.getByRole('listitem')).toHaveText(['Tuesday group ×'])
  await expect(groups).toBeFocused()
  await expect(groups).toHaveValue('')

  // A name that is not a group is not made into one by Enter.
  await groups.fill('Hils')
  await groups.press('Enter')
  await expect(form.getByRole('status').filter({ hasText: '“Hils” is not a group yet.' })).toBeVisible()
  await expect(chips.getByRole('listitem')).toHaveCount(1)
  await groups.fill('Hills')
  await groups.press('ArrowDown')
  await expect(form.getByRole('option', { name: 'Create group “Hills”' })).toHaveAttribute('aria-selected', 'true')
  await groups.press('Enter')
  await expect(chips.getByRole('listitem')).toHaveText(['Tuesday group ×', 'Hills ×'])

  // Backspace in the empty box removes the last chip; focus stays.
  await groups.press('Backspace')
  await expect(chips.getByRole('listitem')).toHaveText(['Tuesday group ×'])
  await expect(groups).toBeFocused()

  await form.getByRole('button', { name: 'Save athlete' }).click()
  await expect(page.getByRole('heading', { name: 'Mara K.', level: 1 })).toBeVisible()
  const saved = backend.repos.athletes.list(false).find((a) => a.name === 'Mara K.')
  expect(saved?.groups).toEqual(['Tuesday group'])
})
