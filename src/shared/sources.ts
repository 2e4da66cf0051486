// The sources the app cites where it gives advice: the papers by authors, year, title and journal; the
// saved articles by title and where they appeared.
export interface Source {
  key: string
  citation: string
}

// A seed article is cited by its title and where it appeared, as far as the saved copy says; a paper by
// its authors, year, title and journal.
const article = (n: string, citation: string): Source => ({ key: `seed-${n}`, citation })

/** Every source a rule may cite. */
export const SOURCES = {
  'finucane-2020': {
    key: 'finucane-2020',
    citation:
      'Finucane LM, Downie A, Mercer C, et al. (2020). International framework for red flags for potential serious ' +
      'spinal pathologies. Journal of Orthopaedic & Sports Physical Therapy 50(7): 350–372.',
  },
  'thomee-1997': {
    key: 'thomee-1997',
    citation:
      'Thomeé R. (1997). A comprehensive treatment approach for patellofemoral pain syndrome in young women. ' +
      'Physical Therapy 77(12): 1690–1703.',
  },
  'silbernagel-2007': {
    key: 'silbernagel-2007',
    citation:
      'Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. (2007). Continued sports activity, using a pain-monitoring ' +
      'model, during rehabilitation in patients with Achilles tendinopathy. American Journal of Sports Medicine ' +
      '35(6): 897–906.',
  },
  'frandsen-2025': {
    key: 'frandsen-2025',
    citation:
      'Frandsen et al. (2025). How much running is too much? Identifying high-risk running sessions in a 5200-person ' +
      'cohort study. British Journal of Sports Medicine.',
  },
  'nielsen-2014': {
    key: 'nielsen-2014',
    citation:
      'Nielsen RO, Parner ET, Nohr EA, et al. (2014). Excessive progression in weekly running distance and risk of ' +
      'running-related injuries. Journal of Orthopaedic & Sports Physical Therapy 44(10): 739–747.',
  },
  'foster-1998': {
    key: 'foster-1998',
    citation:
      'Foster C. (1998). Monitoring training in athletes with reference to overtraining syndrome. Medicine & ' +
      'Science in Sports & Exercise 30(7): 1164–1168.',
  },
  'seed-000': article(
    '000',
    '“Why Does My Lower Back Hurt After Running?”, zaro, Running Back Pain section (web article).',
  ),
  'seed-001': article(
    '001',
    '“Lower Back Pain When Running: 7 Potential Causes, And Their Fixes”, running blog article (web; the saved copy does not name the site).',
  ),
  'seed-002': article(
    '002',
    '“Causes, therapies, etc. for lower back pain from running”, running blog article (web; the saved copy does not name the site).',
  ),
  'seed-003': article(
    '003',
    '“Lower Back Pain—How To Prevent Back Injuries While Running”, guest post by Allison Felsenthal, Baleaf Australia blog (web).',
  ),
  'seed-004': article(
    '004',
    '“These Mistakes Are Causing Your Lower Back Pain When Running”, running blog article (web; the saved copy does not name the site).',
  ),
  backstride: {
    key: 'backstride',
    citation: 'Working definition chosen by Backstride where the sources give no number.',
  },
} as const satisfies Record<string, Source>
export type SourceKey = keyof typeof SOURCES
