// A coach on a 1,024 × 700 laptop screen: every screen of the app, filled with the demo club, fits the
// width. Nothing scrolls sideways, neither the page nor any table inside it.
import type { Locator, Page } from '@playwright/test'
import { call } from '../test/support'
import { expect, test } from './fixtures'

test.use({ viewport: { width: 1024, height: 700 } })

/** How far the page and each table overflow their width, in pixels (0 when everything fits). */
async function overflow(page: Page, tables: Locator) {
  // <html> is the document's scrolling element (document.scrollingElement) in standards mode.
  const pageOverflow = await page.locator('html').evaluate((root) => root.scrollWidth - root.clientWidth)
  const tableOverflow = await tables.evaluateAll((all) =>
    all.map((table) => {
      const box = table.parentElement ?? table
      return Math.max(0, table.scrollWidth - box.clientWidth)
    }),
  )
  return { page: pageOverflow, tables: tableOverflow }
}

test('every screen fits a 1,024 px wide laptop screen without scrolling sideways', async ({ page, backend }) => {
  await call(backend, 'demo.create', {})
  const athlete = backend.repos.athletes.list(false)[0]?.id ?? 0
  const [template] = await call(backend, 'programs.templates', {})
  const program = await call(backend, 'programs.create', { athleteId: athlete, templateKey: template?.key ?? null })
  const table = (name: string | RegExp) => page.getByRole('table', { name })

  // Each screen with what shows that its content has arrived.
  const screens: [string, Locator][] = [
    ['/#/team', table(/Every active athlete/)],
    ['/#/roster', page.getByRole('link', { name: backend.repos.athletes.list(false)[0]?.name ?? '', exact: true })],
    ['/#/alerts', page.getByRole('heading', { name: /^Info \(\d+\)$/ })],
    ['/#/alerts?by=athlete', page.getByRole('heading', { level: 2 }).first()],
    ['/#/athletes/new', page.getByRole('button', { name: 'Save athlete' })],
    [`/#/athletes/${String(athlete)}`, table(/^Weekly/)],
    [`/#/athletes/${String(athlete)}/runs`, table('Runs, newest first')],
    [`/#/athletes/${String(athlete)}/pain`, page.getByRole('heading', { name: 'Pain episodes' })],
    [`/#/athletes/${String(athlete)}/plan`, page.getByRole('group', { name: 'Days of the week, Monday to Sunday' })],
    [`/#/athletes/${String(athlete)}/program`, page.getByRole('heading', { name: 'Strength and mobility programs' })],
    [`/#/athletes/${String(athlete)}/assessments`, table('Assessments, newest first')],
    [`/#/athletes/${String(athlete)}/edit`, page.getByRole('button', { name: 'Save athlete' })],
    ['/#/programs', page.getByRole('heading', { name: 'Programs', level: 1 })],
    [`/#/programs/${String(program.id)}`, page.getByRole('link', { name: 'Print view' })],
    [`/#/print/program/${String(program.id)}`, page.getByRole('button', { name: 'Print…' })],
    ['/#/exercises', page.getByRole('heading', { name: 'Exercise library', level: 1 })],
    ['/#/import', page.getByRole('heading', { name: 'Import runs', level: 1 })],
    ['/#/settings', page.getByRole('heading', { name: 'Settings', level: 1 })],
  ]
  const found: Record<string, { page: number; tables: number[] }> = {}
  for (const [path, ready] of screens) {
    await page.goto(path)
    await expect(ready).toBeVisible()
    // The plan's week is a grid of days, not a table, and scrolls inside itself when it must: it must not here.
    found[path] = await overflow(
      page,
      page.getByRole('table').or(page.getByRole('group', { name: 'Days of the week, Monday to Sunday' })),
    )
  }
  const none = Object.fromEntries(
    Object.entries(found).map(([path, f]) => [path, { page: 0, tables: f.tables.map(() => 0) }]),
  )
  expect(found).toEqual(none)

  // What used to be cut off is within the screen's width: Team's sparklines, the runs' shoes and Delete
  // buttons, the weekly table's pain columns.
  const right = async (locator: Locator) => {
    const box = await locator.boundingBox()
    return box ? box.x + box.width : Number.POSITIVE_INFINITY
  }
  await page.goto('/#/team')
  expect(await right(page.getByRole('columnheader', { name: /Pain 8 wk/ }))).toBeLessThanOrEqual(1024)
  await page.goto(`/#/athletes/${String(athlete)}`)
  expect(await right(table(/^Weekly/).getByRole('columnheader', { name: 'Average pain' }))).toBeLessThanOrEqual(1024)
  await page.goto(`/#/athletes/${String(athlete)}/runs`)
  const runs = table('Runs, newest first')
  // The shoe moves from its own column to a line under the run's type.
  const shoe = backend.db
    .prepare<[number], { name: string }>(
      'SELECT s.name FROM runs r JOIN shoes s ON s.id = r.shoe_id WHERE r.athlete_id = ? ORDER BY r.date DESC',
    )
    .get(athlete)
  await expect(runs.getByRole('columnheader', { name: 'Shoe' })).toBeHidden()
  const shoeLine = runs.getByText(shoe?.name ?? 'no shoe in the demo club').first()
  await expect(shoeLine).toBeVisible()
  expect(await right(shoeLine)).toBeLessThanOrEqual(1024)
  expect(await right(runs.getByRole('button', { name: /^Delete / }).first())).toBeLessThanOrEqual(1024)
})
