// Import of watch files and CSV, export, backups (services/import, services/export, services/backup).
import { empty } from '../schemas/common'
import {
  csvColumnsInput,
  exportInput,
  fileChoice,
  importRequest,
  importScan,
  jobRef,
  jobStatusInput,
  restoreInput,
} from '../schemas/transfer'
import type {
  BackupInfo,
  BackupList,
  ChosenFiles,
  CsvColumns,
  ExportResult,
  ImportJobRef,
  ImportJobStatus,
  ImportScan,
  RestoreResult,
} from '../transfer'
import type { Run } from '../types'
import { method } from './method'

export const transferContract = {
  'files.choose': method(fileChoice).returns<ChosenFiles>(),

  'import.scan': method(importScan).returns<ImportScan>(),
  'import.columns': method(csvColumnsInput).returns<CsvColumns>(),
  'import.preview': method(importRequest).returns<ImportJobRef>(),
  'import.start': method(importRequest).returns<ImportJobRef>(),
  'import.status': method(jobStatusInput).returns<ImportJobStatus>(),
  'import.cancel': method(jobRef).returns<ImportJobStatus>(),
  'import.unrated': method(jobRef).returns<Run[]>(),

  'export.csv': method(exportInput).returns<ExportResult>(),
  'export.json': method(exportInput).returns<ExportResult>(),

  'backups.list': method(empty).returns<BackupList>(),
  'backups.create': method(empty).returns<BackupInfo>(),
  'backups.restore': method(restoreInput).returns<RestoreResult>(),
} as const
