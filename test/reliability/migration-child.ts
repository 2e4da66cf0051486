// The process the mid-migration kill test kills: opens a database the way the app does and migrates it,
// saying MIGRATING when the first step starts and MIGRATED when the last has committed.
// Run as `node --import tsx migration-child.ts <db> <migrations folder>`.
import { openDatabase } from '../../electron/main/db/connection'
import { loadMigrations, migrate } from '../../electron/main/db/migrate'

const [file, dir] = process.argv.slice(2)
if (!file || !dir) throw new Error('usage: migration-child.ts <database file> <migrations folder>')
const db = openDatabase(file)
const version = await migrate(db, loadMigrations(dir), {
  beforeMigrating: () => {
    process.stdout.write('MIGRATING\n')
    return Promise.resolve()
  },
})
process.stdout.write(`MIGRATED ${String(version)}\n`)
db.close()
