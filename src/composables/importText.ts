// The import preview's words: each activity's status, and the counts of a file too long to list.
import type { ActivityPreview, FileResult } from '#shared/transfer'
import { countOf } from '#shared/text'

export const STATUS: Record<ActivityPreview['status'], string> = {
  new: 'New',
  imported: 'Imported',
  duplicate: 'Duplicate',
  skipped: 'Skipped',
  error: 'Error',
  future: 'In the future',
}

/** The counts of a file too long to list, each in the singular or the plural. */
export function wholeFile({ counts }: FileResult): string {
  const parts = [
    countOf(counts.runs, 'run'),
    countOf(counts.duplicates, 'duplicate'),
    `${String(counts.skipped)} skipped`,
    `${String(counts.errors)} with errors`,
    counts.future > 0 ? `${String(counts.future)} dated in the future` : '',
  ]
  return `The whole file: ${parts.filter(Boolean).join(', ')}.`
}
