// Apart from backend.ts so the main process can ask where the data lives without loading the database.

/** Where the data lives: BACKSTRIDE_DATA_DIR when set, otherwise the platform's user-data folder. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const override = env.BACKSTRIDE_DATA_DIR?.trim()
  return override ? override : userDataDir
}
