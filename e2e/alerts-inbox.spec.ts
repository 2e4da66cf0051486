// The alerts inbox with the demo club's open alerts: compact rows in sections by level or by athlete,
// filters kept in the URL, and every acknowledgement confirmed in a toast that can undo it.
import type { Backend } from '../electron/main/backend'
import type { Alert } from '#shared/guidance'
import { AlertsInbox } from './pages/guidance'
import { call } from '../test/support'
import { expect, test } from './fixtures'

const acknowledgements = (backend: Backend) =>
  (backend.db.prepare('SELECT count(*) AS n FROM alert_acknowledgements').get() as { n: number }).n

async function demoInbox(backend: Backend): Promise<Alert[]> {
  await call(backend, 'demo.create', {})
  return call(backend, 'guidance.inbox', {})
}

test('the inbox lists one compact row per alert, by level or by athlete, filtered by level and rule in the URL', async ({
  page,
  backend,
}) => {
  const open = await demoInbox(backend)
  const infos = open.filter((a) => a.level === 'info')
  expect(infos.length, 'the demo club has info alerts').toBeGreaterThan(1)
  const inbox = new AlertsInbox(page)
  await inbox.open()
  await expect(inbox.cards()).toHaveCount(open.length)
  await expect(page.getByRole('heading', { level: 2, name: `Info (${String(infos.length)})` })).toBeVisible()
  // Compact: a row is one line of badge, athlete and title, not a card of message and advice.
  const heights = await inbox.cards().evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height))
  expect(Math.max(...heights)).toBeLessThan(80)
  const first = inbox.cards().first()
  await expect(first.getByText(open[0]?.advice ?? '')).toBeHidden()
  await first.getByRole('button', { name: /^Details/ }).click()
  await expect(first.getByText(open[0]?.advice ?? '')).toBeVisible()

  // By athlete: one section per athlete with an open alert.
  await page.getByLabel('Sections').selectOption({ label: 'By athlete' })
  await expect(page).toHaveURL(/by=athlete/)
  const athletes = new Set(open.map((a) => a.athleteId)).size
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(athletes)

  // Level and rule filters live in the URL and survive a reload.
  await page.getByLabel('Level').selectOption('info')
  await expect(page).toHaveURL(/level=info/)
  await expect(inbox.cards()).toHaveCount(infos.length)
  const rule = infos[0]?.ruleId ?? 'monotony'
  const ofRule = infos.filter((a) => a.ruleId === rule)
  await page.getByLabel('Rule').selectOption(rule)
  await expect(page).toHaveURL(new RegExp(`rule=${rule}`))
  await expect(inbox.cards()).toHaveCount(ofRule.length)
  await page.reload()
  await expect(page.getByLabel('Rule')).toHaveValue(rule)
  await expect(page.getByLabel('Level')).toHaveValue('info')
  await expect(inbox.cards()).toHaveCount(ofRule.length)
  await expect(page.getByRole('status').filter({ hasText: /open alerts?$/ })).toHaveText(
    `${String(ofRule.length)} open ${ofRule.length === 1 ? 'alert' : 'alerts'}`,
  )
  await page.getByLabel('Level').selectOption('refer_today')
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(inbox.cards()).toHaveCount(open.length)
  await expect(page).toHaveURL(/#\/alerts\?by=athlete$/)
})

test('acknowledge and snooze say so on screen and undo from the toast', async ({ page, backend }) => {
  const open = await demoInbox(backend)
  const inbox = new AlertsInbox(page)
  await inbox.open()
  await expect(inbox.cards()).toHaveCount(open.length)

  const [a, b] = open.slice(-2)
  const row = (alert: Alert | undefined) =>
    inbox
      .cards()
      .filter({ has: page.getByRole('heading', { name: alert?.title ?? '', exact: true }) })
      .first()
  const rowsOf = (alert: Alert | undefined) =>
    inbox.cards().filter({ has: page.getByRole('heading', { name: alert?.title ?? '', exact: true }) })
  const countA = open.filter((x) => x.title === a?.title).length

  await row(a).getByRole('button', { name: 'Acknowledge' }).click()
  await row(a).getByRole('button', { name: 'Acknowledge alert' }).click()
  const ackToast = page.getByTestId('toast').filter({ hasText: `Acknowledged: ${a?.title ?? ''}` })
  await expect(ackToast).toBeVisible()
  await expect(inbox.cards()).toHaveCount(open.length - 1)
  await expect(rowsOf(a)).toHaveCount(countA - 1)
  expect(acknowledgements(backend)).toBe(1)
  await ackToast.getByRole('button', { name: 'Undo' }).click()
  await expect(inbox.cards()).toHaveCount(open.length)
  expect(acknowledgements(backend)).toBe(0)

  await row(b).getByRole('button', { name: 'Snooze' }).click()
  await row(b).getByRole('button', { name: 'Snooze alert' }).click()
  const snoozeToast = page.getByTestId('toast').filter({ hasText: /^Snoozed until/ })
  await expect(snoozeToast).toContainText(b?.title ?? '')
  await expect(inbox.cards()).toHaveCount(open.length - 1)
  await snoozeToast.getByRole('button', { name: 'Undo' }).click()
  await expect(inbox.cards()).toHaveCount(open.length)
  expect(acknowledgements(backend)).toBe(0)
})

test('every info alert is acknowledged in one go, and one Undo brings them all back', async ({ page, backend }) => {
  const open = await demoInbox(backend)
  const infos = open.filter((a) => a.level === 'info').length
  const inbox = new AlertsInbox(page)
  await inbox.open()
  await expect(inbox.cards()).toHaveCount(open.length)

  await page.getByRole('button', { name: `Acknowledge ${String(infos)} info alerts` }).click()
  const toast = page.getByTestId('toast').filter({ hasText: `Acknowledged ${String(infos)} info alerts` })
  await expect(toast).toBeVisible()
  await expect(inbox.cards()).toHaveCount(open.length - infos)
  await expect(page.getByRole('heading', { name: /^Info \(/ })).toHaveCount(0)
  await expect(inbox.nav).toHaveText(`Alerts (${String(open.length - infos)})`)
  expect(acknowledgements(backend)).toBe(infos)

  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(inbox.cards()).toHaveCount(open.length)
  await expect(inbox.nav).toHaveText(`Alerts (${String(open.length)})`)
  expect(acknowledgements(backend)).toBe(0)
})
