// What a page's status lines said over time: progress that moves by pushed events shows here as a rising
// series of texts, which a test reads after the fact.
import type { Page } from '@playwright/test'

/** In the page: notes every new text of the status lines, in order, in window.__statusTexts. */
const NOTE_STATUS_TEXTS = `(() => {
  const seen = []
  const note = () => {
    for (const el of document.querySelectorAll('[role="status"]')) {
      const text = (el.textContent || '').trim()
      if (text && seen[seen.length - 1] !== text) seen.push(text)
    }
  }
  new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true })
  window.__statusTexts = seen
})()`

/**
 * Starts noting every text the page's status lines show, in order (a MutationObserver in the page), so a
 * test can check the progress it showed after the fact; the returned function reads them.
 */
export async function noteStatusTexts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(NOTE_STATUS_TEXTS)
  return () => page.evaluate('window.__statusTexts') as Promise<string[]>
}
