// Putting a checked database file in the live file's place, and putting the old one back. Each step is a
// rename within the data folder, so a kill at any moment leaves either the old file or the new one under
// the live name, never half of one; the folder is synced after the rename so the new name survives a
// power cut too.
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'

const JOURNALS = ['-wal', '-shm', '-journal']

function syncFile(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

function syncFolder(folder: string): void {
  try {
    syncFile(folder)
  } catch {
    // Windows cannot open a folder for fsync; its renames are durable once they return.
  }
}

/**
 * Replaces `live` with the closed, self-contained database at `candidate`. The live connection must be
 * closed first (its WAL is then checkpointed into the file, so removing it loses nothing).
 */
export function swapInto(candidate: string, live: string): void {
  syncFile(candidate)
  for (const suffix of JOURNALS) rmSync(live + suffix, { force: true })
  renameSync(candidate, live)
  syncFolder(dirname(live))
}

/** Copies a verified backup under a temp name beside the live file, then swaps it in. */
export function putBack(copy: string, live: string): void {
  const staged = `${live}.reverting`
  copyFileSync(copy, staged)
  swapInto(staged, live)
}

/** Moves the live file (and its journals) aside under `aside`; never deletes it. Returns false if there was none. */
export function moveAside(live: string, aside: string): boolean {
  if (!existsSync(live)) return false
  for (const suffix of JOURNALS) if (existsSync(live + suffix)) renameSync(live + suffix, aside + suffix)
  renameSync(live, aside)
  syncFolder(dirname(live))
  return true
}
