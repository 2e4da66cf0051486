import { expect, type Locator, type Page } from '@playwright/test'

export interface RunEntry {
  durationMin: string
  distance?: string
  rpe?: string
  type?: string
}

export interface PainEntry {
  score: string
  timing: string
  redFlags?: string[]
}

export type AthleteSection = 'Overview' | 'Runs' | 'Pain' | 'Program' | 'Assessments & shoes'

/** The athlete page: profile, then one section at a time under tabs; quick-entry forms and their lists. */
export class AthletePage {
  readonly runForm: Locator
  readonly painForm: Locator
  readonly runsTable: Locator
  readonly painList: Locator

  constructor(readonly page: Page) {
    this.runForm = page.getByTestId('run-form')
    this.painForm = page.getByTestId('pain-form')
    this.runsTable = page.getByTestId('runs-table')
    this.painList = page.getByTestId('pain-list')
  }

  /** Opens a section by its tab, as the coach would. */
  async section(name: AthleteSection): Promise<void> {
    const tab = this.page.getByRole('tab', { name, exact: true })
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true')
  }

  async logRun(run: RunEntry, unit: 'km' | 'mi' = 'km'): Promise<void> {
    await this.section('Runs')
    await this.runForm.getByLabel('Duration (min)').fill(run.durationMin)
    if (run.distance !== undefined) await this.runForm.getByLabel(`Distance (${unit})`).fill(run.distance)
    if (run.rpe !== undefined) await this.runForm.getByLabel('Session RPE (0–10)').fill(run.rpe)
    if (run.type !== undefined) await this.runForm.getByLabel('Type').selectOption({ label: run.type })
    // Enter submits: the form is meant to be filled without the mouse.
    await this.runForm.getByLabel('Duration (min)').press('Enter')
  }

  async reportPain(report: PainEntry): Promise<void> {
    await this.section('Pain')
    await this.painForm.getByLabel('Pain (0–10)').fill(report.score)
    await this.painForm.getByLabel('Timing').selectOption({ label: report.timing })
    for (const flag of report.redFlags ?? []) await this.painForm.getByLabel(flag).check()
    await this.painForm.getByRole('button', { name: 'Save pain report' }).click()
  }

  runRows(): Locator {
    return this.runsTable.locator('tbody tr')
  }
}
