// The real recordings and source articles live in ../shared beside the clone (CI has it; a lone clone
// does not). Tests that read them ask here: the folder when it is there, otherwise null and a printed
// reason, so the suite skips those tests instead of crashing while collecting them.
import { existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { repoRoot } from './support'

/** `../shared/<sub>` when it exists; otherwise null, after printing what is skipped and why. */
export function sharedFolder(sub: string, skipped: string): string | null {
  const folder = join(repoRoot, '..', 'shared', sub)
  if (existsSync(folder)) return folder
  console.warn(`Skipping ${skipped}: ${relative(repoRoot, folder)} is not beside this clone.`)
  return null
}
