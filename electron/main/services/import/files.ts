// Which files a set of chosen paths stands for, and reading one watch file. Folders are walked (Strava's
// bulk export keeps its activities gzipped in a folder), hidden files and unknown types are listed as
// ignored with the reason.
import { readFile, readdir, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { FileKind, IgnoredFile, ImportFileRef } from '#shared/transfer'

/** A file found by a scan, before the grant that lets the renderer name it. */
export type FoundFile = Omit<ImportFileRef, 'grant'>
import { FileProblem } from './problems'

// Tables come as .csv, as .tsv, or as .txt: Excel's "Unicode text" (UTF-16, tab-separated) is saved so.
const KINDS: Record<string, FileKind> = {
  '.fit': 'fit',
  '.gpx': 'gpx',
  '.tcx': 'tcx',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
}
const MAX_FILES = 10_000
const MAX_DEPTH = 8
/** A watch file of several hours is a few MB; anything this big is not one. CSV files stream instead. */
export const MAX_WATCH_FILE_BYTES = 64 * 1024 * 1024

/** 'run.fit' → fit, 'run.gpx.gz' → gpx, 'runs.txt' → csv (gzipped tables are not accepted: they stream from disk). */
export function kindOf(name: string): FileKind | null {
  const lower = name.toLowerCase()
  const gz = lower.endsWith('.gz')
  const kind = KINDS[extname(gz ? lower.slice(0, -3) : lower)] ?? null
  return gz && kind === 'csv' ? null : kind
}

const UNSUPPORTED = 'Not a FIT, GPX, TCX or CSV file.'
const TEXT_IN_FOLDER = 'A text file inside a folder is not read; choose it on its own to import it as a table.'

export async function scanPaths(paths: string[]): Promise<{ files: FoundFile[]; ignored: IgnoredFile[] }> {
  const files: FoundFile[] = []
  const ignored: IgnoredFile[] = []
  const seen = new Set<string>()

  const visit = async (path: string, depth: number, chosen: boolean): Promise<void> => {
    if (files.length >= MAX_FILES || seen.has(path)) return
    seen.add(path)
    const name = basename(path)
    let info
    try {
      info = await stat(path)
    } catch {
      ignored.push({ name, path, reason: 'Nothing is there: the file or folder may have been moved or renamed.' })
      return
    }
    if (info.isDirectory()) {
      if (depth >= MAX_DEPTH) return
      const entries = (await readdir(path)).filter((entry) => !entry.startsWith('.')).sort()
      for (const entry of entries) await visit(join(path, entry), depth + 1, false)
      return
    }
    if (!info.isFile()) return
    const kind = kindOf(name)
    // A folder's notes and read-me files are .txt too: only a .txt chosen on its own is taken as a table.
    if (kind && !chosen && name.toLowerCase().endsWith('.txt')) ignored.push({ name, path, reason: TEXT_IN_FOLDER })
    else if (kind) files.push({ name, path, kind, sizeBytes: info.size })
    // Inside a folder only the first few unknown files are worth listing (a photo folder holds many).
    else if (chosen || ignored.length < 50) ignored.push({ name, path, reason: UNSUPPORTED })
  }

  for (const path of paths) await visit(path, 0, true)
  if (files.length >= MAX_FILES) {
    ignored.push({ name: '…', path: '', reason: `Only the first ${String(MAX_FILES)} files are taken at a time.` })
  }
  return { files, ignored }
}

/** The bytes of a FIT, GPX or TCX file, unzipped when it ends in .gz. */
export async function readWatchFile(path: string): Promise<Uint8Array> {
  let info
  try {
    info = await stat(path)
  } catch {
    throw new FileProblem('The file is no longer there: it may have been moved or renamed.')
  }
  if (info.size > MAX_WATCH_FILE_BYTES) throw new FileProblem('This file is too large to be an activity file.')
  const bytes = await readFile(path)
  if (!path.toLowerCase().endsWith('.gz')) return bytes
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_WATCH_FILE_BYTES })
  } catch {
    throw new FileProblem('This .gz file could not be unpacked: it is damaged, or larger than an activity file can be.')
  }
}
