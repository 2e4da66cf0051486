// The process the mid-restore kill test kills: starts the back end on a data folder the way the app does
// and restores the given file, saying RESTORING when it starts and RESTORED when the answer is back.
// Run as `node --import tsx restore-child.ts <data folder> <file to restore>`.
import { fileURLToPath } from 'node:url'
import { openBackend } from '../../electron/main/backend'
import { grant } from '../support'

const [dataDir, file] = process.argv.slice(2)
if (!dataDir || !file) throw new Error('usage: restore-child.ts <data folder> <file to restore>')
const migrationsDir = fileURLToPath(new URL('../../electron/main/db/migrations', import.meta.url))
const backend = await openBackend({ dataDir, migrationsDir, startupBackup: false, integrityCheckAfterMs: null })
process.stdout.write('RESTORING\n')
const answer = await backend.dispatch('backups.restore', { grant: grant(backend, file) })
process.stdout.write(answer.ok ? 'RESTORED\n' : `REFUSED ${answer.error.message}\n`)
backend.close()
