import type { Locator, Page } from '@playwright/test'

/** The Import page: athlete, files (by typed path here: the test harness has no native dialog), preview. */
export class ImportPage {
  readonly preview: Locator
  readonly progress: Locator
  readonly summary: Locator
  readonly rateList: Locator

  constructor(readonly page: Page) {
    this.preview = page.getByTestId('import-preview')
    this.progress = page.getByTestId('import-progress')
    this.summary = page.getByTestId('import-summary')
    this.rateList = page.getByTestId('rate-imports')
  }

  async open(): Promise<void> {
    await this.page.goto('/#/import')
  }

  async chooseAthlete(name: string): Promise<void> {
    await this.page.getByLabel('Athlete').selectOption({ label: name })
  }

  async addPath(path: string): Promise<void> {
    const field = this.page.getByLabel('Or import from a file or folder path')
    await field.fill(path)
    await field.press('Enter')
  }

  rows(status: string): Locator {
    return this.preview.locator(`tbody tr[data-status="${status}"]`)
  }
}
