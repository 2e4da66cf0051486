import type { Locator, Page } from '@playwright/test'

/** The team overview, the coach's Monday screen. */
export class TeamPage {
  readonly table: Locator

  constructor(readonly page: Page) {
    this.table = page.getByTestId('team-table')
  }

  async open(): Promise<void> {
    await this.page.goto('/#/team')
  }

  rows(): Locator {
    return this.table.locator('tbody tr')
  }

  async names(): Promise<string[]> {
    return this.table.locator('tbody th[scope="row"] a').allTextContents()
  }

  /** Each row's flag level ('refer_today' … 'info'), or null where the row has no flag. */
  async levels(): Promise<(string | null)[]> {
    return this.rows().evaluateAll((rows) =>
      rows.map((row) => row.querySelector('[data-level]')?.getAttribute('data-level') ?? null),
    )
  }
}
