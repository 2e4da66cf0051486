import type { Locator, Page } from '@playwright/test'

export class RosterPage {
  readonly table: Locator
  readonly welcome: Locator

  constructor(readonly page: Page) {
    this.table = page.getByTestId('roster-table')
    this.welcome = page.getByTestId('welcome')
  }

  async open(): Promise<void> {
    await this.page.goto('/#/roster')
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) })
  }

  async names(): Promise<string[]> {
    return this.table.locator('tbody th[scope="row"] a').allTextContents()
  }
}
