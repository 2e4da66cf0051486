// Guidance as the coach meets it: a red flag that reaches every screen, an alert acknowledged from the
// inbox that moves to the athlete's history, and the review of what changed before a pain episode.
import type { Locator } from '@playwright/test'
import { generateClub } from '../electron/main/services/seed/generate'
import { writeClub } from '../electron/main/services/seed/write'
import { addDays, isoWeekStart, localIsoDate } from '#shared/dates'
import { REVIEW_FACTOR_LABEL } from '#shared/guidance'
import { AthletePage } from './pages/athlete'
import { AlertsInbox, GuidancePanel } from './pages/guidance'
import { RosterPage } from './pages/roster'
import { TeamPage } from './pages/team'
import { expect, test } from './fixtures'
import { call } from '../test/support'

const today = () => localIsoDate(new Date())

test('an urgent red flag reported on the athlete page reaches the panel, roster, team overview and inbox', async ({
  page,
  backend,
}) => {
  // A club whose only red flag will be the one the coach types in, on a runner whose name sorts last.
  const club = generateClub({ athletes: 10, days: 90, endDate: today(), seed: 5 })
  for (const athlete of club.athletes) athlete.pain = athlete.pain.filter((p) => !p.fields.redFlags.length)
  writeClub(backend.repos, club)
  const zelda = await call(backend, 'athletes.create', { name: 'Zelda Q.' })

  await page.goto(`/#/athletes/${String(zelda.id)}`)
  const guidance = new GuidancePanel(page)
  await expect(guidance.status).toContainText('No alerts')
  await new AthletePage(page).reportPain({
    score: '4',
    timing: 'Next morning',
    redFlags: ['Weakness or numbness in both legs'],
  })

  // First on the page: the banner says what to do in plain words, and the status badge follows.
  await expect(guidance.banner.getByRole('alert')).toContainText('Stop running and see a doctor today')
  await expect(guidance.banner).toContainText('weakness or numbness in both legs')
  await expect(guidance.status.locator('[data-level]')).toHaveText('Refer today')
  // The name comes first, then the banner, then the sections: the banner shows whichever section is open.
  const top = async (locator: Locator) => (await locator.boundingBox())?.y ?? Number.NaN
  const name = page.getByRole('heading', { name: 'Zelda Q.', level: 1 })
  const tabs = page.getByRole('tablist', { name: 'Athlete sections' })
  expect(await top(name)).toBeLessThan(await top(guidance.banner))
  expect(await top(guidance.banner)).toBeLessThan(await top(tabs))
  await expect(page.getByRole('tab', { name: 'Pain', exact: true })).toHaveAttribute('aria-selected', 'true')

  const roster = new RosterPage(page)
  await page.getByRole('link', { name: 'Roster', exact: true }).click()
  await expect(roster.row('Zelda Q.').getByTestId('roster-status')).toContainText('Refer today')
  await page.getByRole('button', { name: /^Status/ }).click()
  expect((await roster.names())[0]).toBe('Zelda Q.')

  const team = new TeamPage(page)
  await team.open()
  const first = team.rows().first()
  await expect(first.getByRole('link')).toHaveText('Zelda Q.')
  await expect(first.locator('[data-level]')).toHaveText('Refer today')

  const inbox = new AlertsInbox(page)
  const open = await call(backend, 'guidance.inbox', {})
  await expect(inbox.nav).toHaveText(`Alerts (${String(open.length)})`)
  await inbox.nav.click()
  await expect(inbox.cards()).toHaveCount(open.length)
  const topAlert = inbox.cards().first()
  await expect(topAlert.getByRole('link', { name: 'Zelda Q.' })).toBeVisible()
  await expect(topAlert.locator('[data-level]')).toHaveText('Refer today')
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Refer today (1)')

  // Opening the runner from there, the banner is the first thing in view.
  await topAlert.getByRole('link', { name: 'Zelda Q.' }).click()
  await expect(guidance.banner).toBeInViewport({ ratio: 1 })
  await expect(guidance.banner.getByRole('alert')).toContainText('Stop running and see a doctor today')
})

test('an alert acknowledged from the inbox with a note leaves it and shows in the athlete’s alert history', async ({
  page,
  backend,
}) => {
  const ana = await call(backend, 'athletes.create', { name: 'Ana R.' })
  const ben = await call(backend, 'athletes.create', { name: 'Ben T.' })
  await call(backend, 'pain.report', { athleteId: ana.id, date: today(), score: 7, timing: 'during' })
  await call(backend, 'assessments.create', { athleteId: ben.id, date: today(), wallGap: 'more_than_hand' })

  const inbox = new AlertsInbox(page)
  await inbox.open()
  const red = inbox.card('Ana R.', 'Red light: pain above 5/10')
  await expect(red).toBeVisible()
  const before = await inbox.cards().count()
  await expect(inbox.nav).toHaveText(`Alerts (${String(before)})`)

  await red.getByRole('button', { name: 'Acknowledge' }).click()
  await expect(red.getByLabel('Note (optional)')).toBeFocused()
  await red.getByLabel('Note (optional)').fill('Talked to Ana: two easy weeks, no intervals')
  await red.getByRole('button', { name: 'Acknowledge alert' }).click()

  await expect(red).toHaveCount(0)
  await expect(inbox.cards()).toHaveCount(before - 1)
  await expect(inbox.nav).toHaveText(`Alerts (${String(before - 1)})`)
  await expect(page.getByTestId('toast').filter({ hasText: 'Acknowledged: Red light' })).toBeVisible()
  // Focus does not fall back to the page's start: it lands on the card that took the place.
  await expect(page.locator(':focus')).toHaveAttribute('tabindex', '-1')

  await page.getByRole('link', { name: 'Ana R.' }).first().click()
  const guidance = new GuidancePanel(page)
  // Acknowledged means seen, not gone: the badge still says Red light; the card has left the list.
  await expect(guidance.status.locator('[data-level]')).toHaveText('Red light')
  await expect(guidance.card('Red light: pain above 5/10')).toHaveCount(0)
  await guidance.openHistory()
  const entry = guidance.history.getByRole('listitem').filter({ hasText: 'Red light: pain above 5/10' })
  await expect(entry).toContainText('Note: Talked to Ana: two easy weeks, no intervals')
  await expect(entry).toContainText('Acknowledged on')

  // Undo brings it back among the current alerts.
  await entry.getByRole('button', { name: /^Undo/ }).click()
  await expect(guidance.card('Red light: pain above 5/10')).toBeVisible()
  await expect(guidance.history.getByText('Alert history (0)')).toBeVisible()
})

test('the episode review lists what really changed before the pain, and what did not', async ({ page, backend }) => {
  // The pain began on Monday of last week. Three steady weeks on trails at 172 steps/min with strength work,
  // then two weeks on the road at 165 steps/min with a 20 km long run and no strength sessions.
  const start = addDays(isoWeekStart(today()), -7)
  const nina = await call(backend, 'athletes.create', { name: 'Nina V.' })
  const shoe = await call(backend, 'shoes.create', {
    athleteId: nina.id,
    name: 'Daily trainer',
    startDate: addDays(start, -90),
    initialDistanceM: 720_000,
  })
  const run = (date: string, km: number, surface: 'trail' | 'road', cadenceSpm: number) =>
    call(backend, 'runs.create', {
      athleteId: nina.id,
      date,
      durationMin: km * 5.625,
      distanceM: km * 1000,
      rpe: 4,
      shoeId: shoe.id,
      surface,
      cadenceSpm,
    })
  for (const weeksBefore of [6, 5, 4])
    for (const day of [1, 3, 5]) await run(addDays(start, day - 7 * weeksBefore), 8, 'trail', 172)
  await call(backend, 'sessions.create', { athleteId: nina.id, date: addDays(start, -26), kind: 'strength' })
  await call(backend, 'sessions.create', { athleteId: nina.id, date: addDays(start, -19), kind: 'strength' })
  for (const day of [1, 3]) await run(addDays(start, day - 14), 8, 'road', 165)
  await run(addDays(start, 5 - 14), 20, 'road', 165)
  for (const day of [1, 3, 5]) await run(addDays(start, day - 7), 8, 'road', 165)
  await call(backend, 'pain.report', { athleteId: nina.id, date: start, score: 4, timing: 'next_morning' })

  await page.goto(`/#/athletes/${String(nina.id)}/pain`)
  const episodes = new GuidancePanel(page).episodes
  const episode = episodes.getByTestId('episode')
  await expect(episode).toHaveCount(1)
  await expect(episode).toContainText('Open')
  await expect(episode).toContainText('1 report')
  await episode.getByRole('button', { name: 'Review what changed' }).click()

  const review = episode.getByTestId('episode-review')
  await expect(review).toContainText('it does not say what caused the pain')
  const names = (list: string) => review.getByTestId(list).locator(':scope > li .episode-review__name')
  await expect(names('review-changed')).toHaveText([
    REVIEW_FACTOR_LABEL.load_spike,
    REVIEW_FACTOR_LABEL.rapid_progression,
    REVIEW_FACTOR_LABEL.hard_surfaces,
    REVIEW_FACTOR_LABEL.worn_shoes,
    REVIEW_FACTOR_LABEL.cadence_drop,
    REVIEW_FACTOR_LABEL.strength_missed,
  ])
  await expect(names('review-unchanged')).toHaveText([REVIEW_FACTOR_LABEL.monotony])
  await expect(review.getByTestId('review-changed')).toContainText('250 % of the longest run of the 30 days before')
  await expect(review.getByTestId('review-changed')).toContainText(
    'Earlier: 172 steps/min on average → before the pain: 165 steps/min on average',
  )

  // The coach closes the episode (today by default) and takes that back again.
  await episode.getByRole('button', { name: 'Close episode' }).click()
  await expect(episode.getByLabel('Closed on')).toHaveValue(today())
  await episode.getByRole('button', { name: 'Close episode' }).click()
  await expect(episode).toContainText('Closed on')
  await episode.getByRole('button', { name: 'Reopen' }).click()
  await expect(episode).toContainText('Open')
  await expect(episode.getByRole('button', { name: 'Close episode' })).toBeVisible()
})

test('referral first: stretching advice is held until the coach records "seen by a clinician, cleared to train"', async ({
  page,
  backend,
}) => {
  const elin = await call(backend, 'athletes.create', { name: 'Elin S.' })
  await call(backend, 'assessments.create', {
    athleteId: elin.id,
    date: addDays(today(), -5),
    hamstringLeft: 'tight',
    hamstringRight: 'tight',
  })
  await call(backend, 'pain.report', {
    athleteId: elin.id,
    date: addDays(today(), -1),
    score: 3,
    timing: 'after',
    redFlags: ['fever_unwell'],
  })

  await page.goto(`/#/athletes/${String(elin.id)}`)
  const guidance = new GuidancePanel(page)
  const held = guidance.card('Exercise advice held until Elin S. has seen a clinician')
  await expect(held).toContainText('hamstring stretching')
  await expect(guidance.card('Tight hamstrings: stretch twice a day')).toHaveCount(0)

  const referral = guidance.cards().filter({ hasText: 'Red flag: see a doctor before more training' })
  await referral.getByRole('button', { name: 'Seen by a clinician…' }).click()
  const form = page.getByRole('form', { name: /^Seen by a clinician/ })
  await form.getByLabel('Seen by a clinician on').fill(addDays(today(), 2))
  await form.getByRole('button', { name: 'Cleared to train' }).click()
  await expect(form.getByText('The day the runner was seen cannot be in the future.')).toBeVisible()
  await form.getByLabel('Seen by a clinician on').fill(today())
  await form.getByLabel('Clinician (optional)').fill('GP practice')
  await form.getByRole('button', { name: 'Cleared to train' }).click()

  // The advice shows again, and the referral has left the list.
  await expect(guidance.card('Tight hamstrings: stretch twice a day')).toBeVisible()
  await expect(held).toHaveCount(0)
  expect(await call(backend, 'guidance.clearances', { athleteId: elin.id })).toMatchObject([
    { seenOn: today(), clinician: 'GP practice' },
  ])

  // Undo from the toast: the referral and the hold come back.
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click()
  await expect(held).toBeVisible()
  expect(await call(backend, 'guidance.clearances', { athleteId: elin.id })).toEqual([])

  // Cleared again, then taken back from the panel's list (and that undone from its toast).
  await referral.getByRole('button', { name: 'Seen by a clinician…' }).click()
  await page
    .getByRole('form', { name: /^Seen by a clinician/ })
    .getByRole('button', { name: 'Cleared to train' })
    .click()
  const cleared = guidance.panel.getByRole('region', { name: 'Cleared by a clinician' })
  await expect(cleared).toContainText('cleared to train')
  await cleared.getByRole('button', { name: /^Take back the clearance/ }).click()
  await expect(held).toBeVisible()
  await expect(cleared).toHaveCount(0)
  await page.getByTestId('toast').filter({ hasText: 'taken back' }).getByRole('button', { name: 'Undo' }).click()
  await expect(held).toHaveCount(0)
  await expect(cleared).toBeVisible()
})
