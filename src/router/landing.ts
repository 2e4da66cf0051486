// Where the app opens: a coach with runners starts on Team, where the most urgent runner is first; a
// coach without any starts on the roster, which offers the demo club or a first athlete.
import type { RouteLocationRaw } from 'vue-router'
import { useAthletesStore } from '../stores/athletes'

export async function landing(): Promise<RouteLocationRaw> {
  const athletes = useAthletesStore()
  await athletes.load()
  // A failed load opens the roster, which shows the error with a way to try again.
  return athletes.list.length > 0 ? { name: 'team' } : { name: 'roster' }
}
