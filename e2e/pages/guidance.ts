import type { Locator, Page } from '@playwright/test'

/**
 * Guidance on the athlete page: the status beside the name and red-flag banners under it (every section),
 * the guidance panel (Overview) and the pain episodes (Pain).
 */
export class GuidancePanel {
  readonly panel: Locator
  readonly status: Locator
  readonly banner: Locator
  readonly history: Locator
  readonly episodes: Locator

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('guidance-panel')
    this.status = page.getByTestId('athlete-status')
    this.banner = page.getByTestId('red-flag-banner')
    this.history = this.panel.getByTestId('alert-history')
    this.episodes = page.getByTestId('episodes')
  }

  /** The alerts on the page: red-flag banners under the name and the panel's cards. */
  cards(): Locator {
    return this.page.getByRole('main').locator('[data-alert-card]')
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
