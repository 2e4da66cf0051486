// Where the app opens: on Team, most urgent first, once there are runners; on the roster's welcome
// before. The coach's sort is kept while the app runs, "Most urgent first" is one click away, and a new
// session starts most urgent first again.
import { ALERT_LEVELS, type AlertLevel } from '#shared/guidance'
import { TeamPage } from './pages/team'
import { call } from '../test/support'
import { expect, test } from './fixtures'

test('with runners the app opens on Team, most urgent first; a chosen sort is kept until a new session', async ({
  page,
  backend,
}) => {
  await page.goto('/')
  await expect(page).toHaveURL(/#\/roster$/)
  await expect(page.getByRole('button', { name: 'Open the demo club' })).toBeVisible()

  // The app starting again, now with runners.
  await call(backend, 'demo.create', {})
  await page.goto('about:blank')
  await page.goto('/')
  await expect(page).toHaveURL(/#\/team$/)
  const team = new TeamPage(page)
  await expect(team.rows()).toHaveCount(12)
  const urgent = page.getByRole('button', { name: 'Most urgent first' })
  const flag = page.getByRole('columnheader', { name: /^Flag/ })
  const athlete = page.getByRole('columnheader', { name: /^Athlete/ })
  await expect(urgent).toHaveAttribute('aria-pressed', 'true')
  await expect(flag).toHaveAttribute('aria-sort', 'ascending')
  const byUrgency = await team.names()
  // Most urgent first: levels in the order of ALERT_LEVELS, runners without a flag last.
  const rank = (level: string | null) =>
    level === null ? ALERT_LEVELS.length : ALERT_LEVELS.indexOf(level as AlertLevel)
  const levels = await team.levels()
  expect(levels.map(rank)).toEqual(levels.map(rank).sort((a, b) => a - b))
  expect(new Set(levels).size, 'the demo club has runners at several levels').toBeGreaterThan(2)

  // The coach sorts by name; it stays so across a visit to the roster.
  await athlete.getByRole('button').click()
  await expect(athlete).toHaveAttribute('aria-sort', 'ascending')
  await expect(urgent).toHaveAttribute('aria-pressed', 'false')
  const byName = [...byUrgency].sort((a, b) => a.localeCompare(b))
  expect(await team.names()).toEqual(byName)
  await page.getByRole('link', { name: 'Roster' }).click()
  await page.getByRole('link', { name: 'Team' }).click()
  await expect(athlete).toHaveAttribute('aria-sort', 'ascending')
  expect(await team.names()).toEqual(byName)

  // One click back to most urgent first.
  await urgent.click()
  await expect(flag).toHaveAttribute('aria-sort', 'ascending')
  expect(await team.names()).toEqual(byUrgency)

  // A new session opens on Team, most urgent first, whatever the last one chose.
  await athlete.getByRole('button').click()
  await page.goto('about:blank')
  await page.goto('/')
  await expect(page).toHaveURL(/#\/team$/)
  await expect(flag).toHaveAttribute('aria-sort', 'ascending')
  expect(await team.names()).toEqual(byUrgency)
})
