// Export for the coach's own use: one CSV per table (for a spreadsheet) or one JSON of everything (to
// keep, move to another computer, or restore from). For everyone or for one group. Files are written
// under a temporary name and renamed when complete, so a half-written export never looks like a whole one.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import type { ExportResult, ExportedFile } from '#shared/transfer'
import type { Db } from '../../db/connection'
import { athletesOfGroup, digester, encodeValue, scopedRows, tables, type Scope } from '../../db/content'
import { schemaVersion } from '../../db/migrate'
import { AppError } from '../errors'
import { stamp } from '../backup/names'
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './format'

export interface ExportDeps {
  db: () => Db
  dataDir: string
  now?: () => Date
}

export interface ExportRequest {
  groupId: number | null
  folder: string | null
}

/** Writes through a file descriptor in pieces: rows never pile up in memory as one string. */
function writer(file: string) {
  const partial = `${file}.partial`
  const fd = openSync(partial, 'w')
  let open = true
  return {
    write: (text: string) => writeSync(fd, text),
    done: () => {
      closeSync(fd)
      open = false
      renameSync(partial, file)
    },
    abort: () => {
      if (open) closeSync(fd)
      rmSync(partial, { force: true })
    },
  }
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'group'

export function exportService(deps: ExportDeps) {
  const now = deps.now ?? (() => new Date())

  const scopeOf = (groupId: number | null): { scope: Scope | null; label: string; name: string | null } => {
    if (groupId === null) return { scope: null, label: 'all', name: null }
    const group = athletesOfGroup(deps.db(), groupId)
    if (!group) throw new AppError('not_found', 'That group was not found. It may have been removed.', 'groupId')
    return { scope: { groupId, athleteIds: group.athleteIds }, label: slug(group.name), name: group.name }
  }

  const target = (folder: string | null) => {
    const dir = folder ?? join(deps.dataDir, 'exports')
    mkdirSync(dir, { recursive: true })
    return dir
  }

  return {
    /** One CSV per table, in a new folder; UTF-8 with a BOM so spreadsheets read accents right. */
    csv(request: ExportRequest): ExportResult {
      const db = deps.db()
      const { scope, label } = scopeOf(request.groupId)
      const folder = join(target(request.folder), `backstride-${label}-${stamp(now())}`)
      mkdirSync(folder)
      const files: ExportedFile[] = []
      for (const table of tables(db)) {
        const path = join(folder, `${table.name}.csv`)
        const out = writer(path)
        let rows = 0
        try {
          out.write('\ufeff' + Papa.unparse([table.columns]) + '\r\n')
          let batch: unknown[][] = []
          const flush = () => {
            if (batch.length > 0) out.write(Papa.unparse(batch, { header: false }) + '\r\n')
            batch = []
          }
          for (const row of scopedRows(db, table, scope)) {
            batch.push(row.map((value) => (Buffer.isBuffer(value) ? value.toString('base64') : value)))
            rows++
            if (batch.length >= 1000) flush()
          }
          flush()
          out.done()
        } catch (error) {
          out.abort()
          throw error
        }
        files.push({ name: `${table.name}.csv`, path, rows })
      }
      return { folder, files }
    },

    /** Everything in one JSON document, with the digest of its content. */
    json(request: ExportRequest): ExportResult {
      const db = deps.db()
      const { scope, label, name } = scopeOf(request.groupId)
      const folder = target(request.folder)
      const fileName = `backstride-${label}-${stamp(now())}.json`
      const path = join(folder, fileName)
      const out = writer(path)
      const digest = digester()
      let total = 0
      try {
        const head = {
          format: EXPORT_FORMAT,
          formatVersion: EXPORT_FORMAT_VERSION,
          app: 'Backstride',
          schemaVersion: schemaVersion(db),
          exportedAt: now().toISOString(),
          scope: scope === null ? { kind: 'all' } : { kind: 'group', groupId: scope.groupId, name },
        }
        out.write(JSON.stringify(head).slice(0, -1) + ',\n"tables": {')
        tables(db).forEach((table, i) => {
          digest.table(table)
          out.write(
            `${i === 0 ? '' : ','}\n${JSON.stringify(table.name)}: {"columns": ${JSON.stringify(table.columns)}, "rows": [`,
          )
          let first = true
          for (const row of scopedRows(db, table, scope)) {
            digest.row(row)
            out.write(`${first ? '' : ','}\n${JSON.stringify(row.map(encodeValue))}`)
            first = false
            total++
          }
          out.write(']}')
        })
        out.write(`\n},\n"digest": ${JSON.stringify(digest.hex())}\n}\n`)
        out.done()
      } catch (error) {
        out.abort()
        throw error
      }
      return { folder, files: [{ name: fileName, path, rows: total }] }
    },
  }
}

export type ExportService = ReturnType<typeof exportService>
