import type { Locator, Page } from '@playwright/test'
import type { DialogQueue } from '../fixtures'

/** The Import page: athlete, files (through the harness's file dialog, granted like a real one), preview. */
export class ImportPage {
  readonly preview: Locator
  readonly progress: Locator
  readonly summary: Locator
  readonly rateList: Locator

  constructor(
    readonly page: Page,
    readonly dialogs: DialogQueue,
  ) {
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

  /** Picks a folder in the file dialog, as the coach would. */
  async chooseFolder(path: string): Promise<void> {
    this.dialogs.next([path])
    await this.page.getByRole('button', { name: 'Choose a folder…' }).click()
  }

  rows(status: string): Locator {
    return this.preview.locator(`tbody tr[data-status="${status}"]`)
  }
}
