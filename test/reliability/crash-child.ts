// The process the crash test kills: opens the data the way the app does (exclusive lock, WAL, full fsync,
// migrations), then writes units as fast as it can. "ACK n" goes to stdout only after unit n's commit has
// returned: that line is the promise the test holds it to. Run as `node --import tsx crash-child.ts <db>`.
import { fileURLToPath } from 'node:url'
import { openDatabase } from '../../electron/main/db/connection'
import { loadMigrations, migrate } from '../../electron/main/db/migrate'
import { createRepositories } from '../../electron/main/db/repositories'
import { LAST_UNIT_KEY, writeUnit } from './crash-unit'

/** A child whose parent died without killing it stops on its own. */
const MAX_UNITS_PER_LIFE = 20_000
const MAX_LIFE_MS = 60_000

const file = process.argv[2]
if (!file) throw new Error('usage: crash-child.ts <database file>')
const db = openDatabase(file)
await migrate(db, loadMigrations(fileURLToPath(new URL('../../electron/main/db/migrations', import.meta.url))))
const repos = createRepositories(db)
let seq = Number(repos.settings.get(LAST_UNIT_KEY) ?? 0)
// Writes to a pipe are synchronous on Linux and macOS: once write() returns, the line survives a SIGKILL.
process.stdout.write(`READY ${String(seq)}\n`)
const started = Date.now()
for (let i = 0; i < MAX_UNITS_PER_LIFE && Date.now() - started < MAX_LIFE_MS; i++) {
  seq++
  writeUnit(repos, seq)
  process.stdout.write(`ACK ${String(seq)}\n`)
}
db.close()
