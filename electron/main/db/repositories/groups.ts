import type { Db } from '../connection'
import type { Group } from '#shared/types'

interface GroupRow {
  id: number
  name: string
  athlete_count: number
}

export function groupsRepo(db: Db) {
  const list = db.prepare<[], GroupRow>(`
    SELECT g.id, g.name, count(a.id) AS athlete_count
    FROM groups g
    LEFT JOIN athlete_groups ag ON ag.group_id = g.id
    LEFT JOIN athletes a ON a.id = ag.athlete_id AND a.archived_at IS NULL
    GROUP BY g.id
    ORDER BY g.name COLLATE NOCASE`)
  const ensure = db.prepare<[string]>('INSERT INTO groups (name) VALUES (?) ON CONFLICT (name) DO NOTHING')
  const byName = db.prepare<[string], { id: number }>('SELECT id FROM groups WHERE name = ?')
  const clear = db.prepare<[number]>('DELETE FROM athlete_groups WHERE athlete_id = ?')
  const link = db.prepare<[number, number]>(
    'INSERT INTO athlete_groups (athlete_id, group_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
  )
  const dropEmpty = db.prepare(
    'DELETE FROM groups WHERE NOT EXISTS (SELECT 1 FROM athlete_groups ag WHERE ag.group_id = groups.id)',
  )

  return {
    list: (): Group[] => list.all().map((r) => ({ id: r.id, name: r.name, athleteCount: r.athlete_count })),
    /** Replaces an athlete's groups by name, creating groups as needed; call inside a transaction. */
    setForAthlete: (athleteId: number, names: string[]) => {
      clear.run(athleteId)
      for (const name of names) {
        ensure.run(name)
        const group = byName.get(name)
        if (group) link.run(athleteId, group.id)
      }
      dropEmpty.run()
    },
  }
}

export type GroupsRepo = ReturnType<typeof groupsRepo>
