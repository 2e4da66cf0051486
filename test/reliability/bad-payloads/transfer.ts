// Bad payloads for the demo club, files, import, export, backups and recovery: each a valid example with one fault.
import { EXAMPLES } from '../payloads'
import { bad, type BadTable, CHOOSE_AGAIN, onlyGeneric } from './case'

export const TRANSFER_BAD: BadTable<'demo' | 'files' | 'import' | 'export' | 'backups' | 'recovery'> = {
  'demo.status': onlyGeneric,
  'demo.create': onlyGeneric,
  'files.choose': () => [bad({ purpose: 'print' }, 'purpose', /^Choose one of: import-files, import-folder/)],
  'import.scan': () => [
    bad({ grants: [] }, 'grants', 'Choose at least one file or folder'),
    // A path is never accepted where a grant belongs, absolute, relative or climbing out with '..'.
    bad({ grants: ['/home/coach/runs/a.fit'] }, 'grants.0', CHOOSE_AGAIN),
    bad({ grants: ['../../etc/passwd'] }, 'grants.0', CHOOSE_AGAIN),
  ],
  'import.columns': () => [bad({ grant: ' ' }, 'grant', CHOOSE_AGAIN)],
  'import.preview': (world) => [
    bad({ athleteId: world.athlete, files: [] }, 'files', 'Choose at least one file'),
    bad(
      { athleteId: world.athlete, files: [{ name: 'a.csv', grant: world.grants.csv, mapping: { date: 0 } }] },
      'files.0.mapping.duration',
      'Pick a column',
    ),
  ],
  'import.start': (world) => [
    bad({ files: EXAMPLES['import.start'](world).files }, 'athleteId', 'Enter a whole number'),
    bad(
      { ...EXAMPLES['import.start'](world), files: [{ name: '', grant: world.grants.gpx }] },
      'files.0.name',
      'Name the file',
    ),
    bad(
      { athleteId: world.athlete, files: [{ name: 'a.fit', grant: '/home/coach/a.fit' }] },
      'files.0.grant',
      CHOOSE_AGAIN,
    ),
  ],
  'import.status': (world) => [
    bad({ jobId: -1 }, 'jobId', 'Enter a whole number'),
    bad({ jobId: world.job, from: -1 }, 'from', 'Must be at least 0'),
  ],
  'import.cancel': () => [bad({ jobId: 'one' }, 'jobId', 'Enter a whole number')],
  'import.unrated': () => [bad({}, 'jobId', 'Enter a whole number')],
  'export.csv': () => [bad({ folder: '/home/coach/../../etc' }, 'folder', CHOOSE_AGAIN)],
  'export.json': () => [bad({ groupId: 'Road 10k' }, 'groupId', 'Enter a whole number')],
  'backups.list': onlyGeneric,
  'backups.create': onlyGeneric,
  'backups.restore': () => [
    bad({ grant: '/home/coach/backup.db' }, 'grant', CHOOSE_AGAIN),
    bad({}, 'grant', 'Choose the file again'),
  ],
  'recovery.status': onlyGeneric,
  'recovery.restore': onlyGeneric,
  'recovery.openFolder': onlyGeneric,
  'recovery.quit': onlyGeneric,
}
