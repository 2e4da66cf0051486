// The athlete page on a laptop screen: name and status first, then one section at a time under tabs
// that have their own URLs and work from the keyboard; an alert's "Show" opens the record's section
// and leads back to the alert.
import type { Locator } from '@playwright/test'
import { localIsoDate } from '#shared/dates'
import { AthletePage } from './pages/athlete'
import { GuidancePanel } from './pages/guidance'
import { call } from '../test/support'
import { RosterPage } from './pages/roster'
import { expect, test } from './fixtures'

test.use({ viewport: { width: 1024, height: 700 } })

const top = async (locator: Locator) => (await locator.boundingBox())?.y ?? Number.NaN

test('after “Save athlete” the run form is on screen with the cursor in its first field', async ({ page }) => {
  const roster = new RosterPage(page)
  await roster.open()
  await page.getByRole('button', { name: 'Start with an empty roster' }).click()
  await page.getByTestId('athlete-form').getByLabel('Name').fill('Mara K.')
  await page.getByRole('button', { name: 'Save athlete' }).click()

  await expect(page).toHaveURL(/#\/athletes\/\d+\/runs$/)
  const athlete = new AthletePage(page)
  await expect(page.getByRole('tab', { name: 'Runs', exact: true })).toHaveAttribute('aria-selected', 'true')
  await expect(athlete.runForm.getByLabel('Date')).toBeFocused()
  await expect(athlete.runForm).toBeInViewport({ ratio: 1 })
})

test('name and status come first; each section has its own URL and is reached with the arrow keys', async ({
  page,
  backend,
}) => {
  const ana = await call(backend, 'athletes.create', { name: 'Ana R.', groups: ['Trail'] })
  await call(backend, 'pain.report', { athleteId: ana.id, date: localIsoDate(new Date()), score: 7, timing: 'during' })
  const base = `/#/athletes/${String(ana.id)}`
  await page.goto(base)

  const name = page.getByRole('heading', { name: 'Ana R.', level: 1 })
  const status = new GuidancePanel(page).status
  const tabs = page.getByRole('tablist', { name: 'Athlete sections' })
  await expect(status.locator('[data-level]')).toHaveText('Red light')
  expect(await top(name)).toBeLessThan(await top(status))
  expect(await top(status)).toBeLessThan(await top(tabs))
  await expect(tabs.getByRole('tab')).toHaveText(['Overview', 'Runs', 'Pain', 'Plan', 'Program', 'Assessments & shoes'])
  const panel = page.getByRole('tabpanel', { name: 'Overview' })
  await expect(panel.getByRole('heading', { name: 'Guidance' })).toBeVisible()
  await expect(panel.getByRole('region', { name: 'Training load and pain' })).toBeVisible()

  // Arrow keys move along the tabs and open the section; each has its own URL.
  const tab = (label: string) => page.getByRole('tab', { name: label, exact: true })
  await tab('Overview').focus()
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`${base}/runs$`))
  await expect(tab('Runs')).toBeFocused()
  await expect(tab('Runs')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('tabpanel', { name: 'Runs' }).getByTestId('run-form')).toBeVisible()
  await page.keyboard.press('End')
  await expect(page).toHaveURL(new RegExp(`${base}/assessments$`))
  await expect(page.getByRole('tabpanel').getByRole('heading', { name: 'Shoes' })).toBeVisible()
  await page.keyboard.press('Home')
  await expect(page).toHaveURL(new RegExp(`${base}$`))
  await page.keyboard.press('ArrowLeft')
  await expect(tab('Assessments & shoes')).toBeFocused()
  // Only the selected tab is in the Tab order; Tab moves on into the section.
  await expect(tabs.locator('[tabindex="0"]')).toHaveCount(1)

  // A section's URL opens that section; Back returns to the one before.
  await page.goto(`${base}/pain`)
  await expect(tab('Pain')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('tabpanel', { name: 'Pain' }).getByTestId('pain-form')).toBeVisible()
  await tab('Program').click()
  await expect(page).toHaveURL(new RegExp(`${base}/program$`))
  await page.goBack()
  await expect(tab('Pain')).toHaveAttribute('aria-selected', 'true')
})

test('“Show” in “Why am I seeing this?” opens the pain report in its section and leads back to the alert', async ({
  page,
  backend,
}) => {
  const ana = await call(backend, 'athletes.create', { name: 'Ana R.' })
  const today = localIsoDate(new Date())
  const report = await call(backend, 'pain.report', { athleteId: ana.id, date: today, score: 7, timing: 'during' })
  const base = `/#/athletes/${String(ana.id)}`
  await page.goto(base)

  const card = new GuidancePanel(page).card('Red light: pain above 5/10')
  await card.getByText('Why am I seeing this?').click()
  await card.getByRole('button', { name: /^Show the .* in its list$/ }).click()

  await expect(page).toHaveURL(new RegExp(`${base}/pain\\?show=${String(report.id)}$`))
  const item = page.getByTestId('pain-list').getByRole('listitem').filter({ hasText: 'During the run' })
  await expect(item).toBeFocused()
  await expect(item).toBeInViewport()
  const back = page.getByRole('button', { name: 'Back to the alert' })
  await expect(back).toBeInViewport()
  await back.click()
  await expect(page).toHaveURL(new RegExp(`${base}$`))
  await expect(card).toBeInViewport()

  // Opened straight from a link, the way back is the overview too.
  await page.goto(`${base}/pain?show=${String(report.id)}`)
  await expect(item).toBeFocused()
  await page.getByRole('button', { name: 'Back to the alert' }).click()
  await expect(page).toHaveURL(new RegExp(`${base}$`))
  await expect(card).toBeVisible()

  // A link to a report that is gone opens the section without claiming to show it.
  await page.goto(`${base}/pain?show=99999`)
  await expect(page.getByTestId('pain-form')).toBeVisible()
  await expect(back).toHaveCount(0)
})
