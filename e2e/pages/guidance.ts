import type { Locator, Page } from '@playwright/test'

/** The guidance panel at the top of the athlete page, and the pain episodes further down. */
export class GuidancePanel {
  readonly panel: Locator
  readonly status: Locator
  readonly banner: Locator
  readonly history: Locator
  readonly episodes: Locator

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('guidance-panel')
    this.status = this.panel.getByTestId('athlete-status')
    this.banner = this.panel.getByTestId('red-flag-banner')
    this.history = this.panel.getByTestId('alert-history')
    this.episodes = page.getByTestId('episodes')
  }

  cards(): Locator {
    return this.panel.locator('[data-alert-card]')
  }

  card(title: string | RegExp): Locator {
    return this.cards().filter({ has: this.page.getByRole('heading', { name: title }) })
  }

  async openHistory(): Promise<void> {
    await this.history.getByText(/^Alert history/).click()
  }
}

/** The alerts inbox (#/alerts). */
export class AlertsInbox {
  readonly nav: Locator

  constructor(readonly page: Page) {
    this.nav = page.getByTestId('alerts-nav')
  }

  async open(): Promise<void> {
    await this.page.goto('/#/alerts')
  }

  cards(): Locator {
    return this.page.locator('main [data-alert-card]')
  }

  card(athlete: string, title: string | RegExp): Locator {
    return this.cards()
      .filter({ has: this.page.getByRole('link', { name: athlete, exact: true }) })
      .filter({ has: this.page.getByRole('heading', { name: title }) })
  }
}
