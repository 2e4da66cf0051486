// The inbox's sections: by level (most urgent first) or by athlete (the athlete with the most urgent
// alert first, then by name). Alerts keep their most-urgent-first order inside each section.
import { ALERT_LEVELS, ALERT_LEVEL_LABEL, type Alert } from '#shared/guidance'

export type AlertGrouping = 'level' | 'athlete'

export interface AlertGroup {
  id: string
  /** null: one list without a heading */
  heading: string | null
  alerts: Alert[]
}

export function groupAlerts(
  alerts: readonly Alert[],
  by: AlertGrouping | null,
  nameOf: (athleteId: number) => string,
): AlertGroup[] {
  if (by === 'level')
    return ALERT_LEVELS.map((level) => ({
      id: level,
      heading: ALERT_LEVEL_LABEL[level],
      alerts: alerts.filter((a) => a.level === level),
    })).filter((g) => g.alerts.length > 0)
  if (by === 'athlete') {
    const byAthlete = new Map<number, Alert[]>()
    for (const alert of alerts) {
      const list = byAthlete.get(alert.athleteId) ?? []
      list.push(alert)
      byAthlete.set(alert.athleteId, list)
    }
    const rank = (list: Alert[]) => Math.min(...list.map((a) => ALERT_LEVELS.indexOf(a.level)))
    return [...byAthlete.entries()]
      .sort(
        ([a, x], [b, y]) =>
          rank(x) - rank(y) || nameOf(a).localeCompare(nameOf(b), undefined, { sensitivity: 'base' }) || a - b,
      )
      .map(([athleteId, list]) => ({ id: `athlete-${String(athleteId)}`, heading: nameOf(athleteId), alerts: list }))
  }
  return [{ id: 'all', heading: null, alerts: [...alerts] }]
}
