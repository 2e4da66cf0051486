import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from './days'
import { changePct, progressionLevel, weeklyVolume, type WeekVolume } from './weekly'

const TOL = 1e-6

function close(actual: number | null, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull()
  else expect(Math.abs((actual ?? Number.NaN) - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(TOL)
}

const run = (date: string, distanceM: number | null, durationMin: number, load: number | null) => ({
  date,
  distanceM,
  durationMin,
  load,
})

// Eight ISO weeks, Mondays 2026-03-02 … 2026-04-20 (2026-W10 … W17).
const runs = [
  // W10: 10 km + a treadmill run without distance or RPE
  run('2026-03-02', 10000, 60, 300),
  run('2026-03-05', null, 30, null),
  // W11: exactly +10 % (not "more than"): 11 km, the Sunday run belongs to this week
  run('2026-03-10', 6000, 36, 200),
  run('2026-03-15', 5000, 30, 130),
  // W12: +18.2 % on W11 (info), exactly +30 % on W10 (not a caution)
  run('2026-03-17', 13000, 70, 420),
  // W13: no runs
  // W14: after a zero week, no week-over-week change
  run('2026-03-30', 8000, 45, 225),
  // W15: +50 % on W14 → info; W13 is 0 so no two-week comparison
  run('2026-04-06', 12000, 65, 390),
  // W16: +30.8 % on W15, +96.25 % on W14 → caution
  run('2026-04-13', 15700, 85, 510),
  // W17: only +1.9 % on W16 but +33.3 % on W15 → caution from the two-week rule alone
  run('2026-04-21', 16000, 88, 528),
]

describe('weeklyVolume', () => {
  const weeks = weeklyVolume(runs)
  const week = (i: number): WeekVolume => {
    const found = weeks[i]
    if (!found) throw new Error(`no week ${i}`)
    return found
  }

  it('has one row per ISO week from the first run to the last, with a zero row for the empty week', () => {
    expect(weeks.map((w) => w.weekStart)).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
      '2026-04-06',
      '2026-04-13',
      '2026-04-20',
    ])
    expect(weeks.map((w) => w.isoWeek)).toEqual([
      '2026-W10',
      '2026-W11',
      '2026-W12',
      '2026-W13',
      '2026-W14',
      '2026-W15',
      '2026-W16',
      '2026-W17',
    ])
    expect(week(3)).toMatchObject({ runCount: 0, distanceM: 0, durationMin: 0, load: 0 })
  })

  it('sums distance, time and load; a run without distance or RPE still adds its time', () => {
    expect(week(0)).toMatchObject({ runCount: 2, distanceM: 10000, durationMin: 90, load: 300 })
    expect(week(1)).toMatchObject({ runCount: 2, distanceM: 11000, durationMin: 66, load: 330 })
  })

  it('gives week-over-week change in %, null for the first week, on the first week and after a zero week', () => {
    const expected: [number | null, number | null, number | null, number | null][] = [
      // distance, time, load, distance vs two weeks before
      [null, null, null, null],
      [null, null, null, null], // the first week (W10) is never a base
      [(2000 / 11000) * 100, (4 / 66) * 100, (90 / 330) * 100, null], // 18.1818 %, 6.0606 %, 27.2727 %; not on W10
      [-100, -100, -100, -100], // empty week vs W12; vs W11
      [null, null, null, (-5000 / 13000) * 100], // previous week 0; 8000 vs 13000 = −38.4615 %
      [50, (20 / 45) * 100, (165 / 225) * 100, null], // 12000 vs 8000; W13 was 0
      [(3700 / 12000) * 100, (20 / 65) * 100, (120 / 390) * 100, 96.25], // 30.8333 %; 15700 vs 8000
      [(300 / 15700) * 100, (3 / 85) * 100, (18 / 510) * 100, (4000 / 12000) * 100], // 1.9108 %; 33.3333 %
    ]
    expected.forEach(([distance, time, load, twoWeek], i) => {
      close(week(i).distanceChangePct, distance)
      close(week(i).durationChangePct, time)
      close(week(i).loadChangePct, load)
      close(week(i).twoWeekDistanceChangePct, twoWeek)
    })
    close(week(2).distanceChangePct, 18.181818181818)
    close(week(6).distanceChangePct, 30.833333333333)
  })

  it('flags rapid progression: > 10 % on last week is info, > 30 % over two weeks is a caution', () => {
    expect(weeks.map((w) => w.progression)).toEqual([null, null, 'info', null, null, 'info', 'caution', 'caution'])
  })

  it('runs in any order give the same weeks; throughDate adds empty weeks up to the current one', () => {
    expect(weeklyVolume([...runs].reverse())).toEqual(weeks)
    const through = weeklyVolume(runs, '2026-05-01') // a Friday in the week of Monday 2026-04-27
    expect(through).toHaveLength(9)
    expect(through.at(-1)).toMatchObject({
      weekStart: '2026-04-27',
      distanceM: 0,
      distanceChangePct: -100,
      twoWeekDistanceChangePct: -100,
      progression: null,
      sameDaysThrough: '2026-05-01',
    })
    expect(weeklyVolume(runs, '2026-03-01')).toEqual([]) // runs after the date do not count
    expect(weeklyVolume(runs, '2026-03-08')).toEqual(weeks.slice(0, 1))
  })

  it('no runs gives no weeks; a single run gives one week with no comparisons', () => {
    expect(weeklyVolume([])).toEqual([])
    expect(weeklyVolume([run('2026-01-01', 5000, 30, 90)])).toEqual([
      {
        weekStart: '2025-12-29',
        isoWeek: '2026-W01',
        runCount: 1,
        distanceM: 5000,
        durationMin: 30,
        load: 90,
        distanceChangePct: null,
        durationChangePct: null,
        loadChangePct: null,
        twoWeekDistanceChangePct: null,
        progression: null,
        sameDaysThrough: null,
      },
    ])
  })
})

describe('the unfinished week and the first week', () => {
  // Tue/Thu/Sat, 8 km each, every week; the first run on Saturday 2026-03-07 (a partial first week).
  const steady: ReturnType<typeof run>[] = [run('2026-03-07', 8000, 48, 240)]
  for (let week = 0; week < 4; week++)
    for (const offset of [1, 3, 5]) steady.push(run(addDays('2026-03-09', 7 * week + offset), 8000, 48, 240))
  steady.push(run('2026-04-07', 8000, 48, 240), run('2026-04-09', 8000, 48, 240), run('2026-04-11', 8000, 48, 240))

  it('reads 0 % on every day of the week for identical weeks, Monday to Sunday', () => {
    for (let day = 6; day <= 12; day++) {
      const through = `2026-04-${String(day).padStart(2, '0')}` // Mon 6 … Sun 12 April
      const current = weeklyVolume(steady, through).at(-1)
      expect(current?.weekStart, through).toBe('2026-04-06')
      expect([current?.distanceChangePct, current?.durationChangePct, current?.loadChangePct], through).toEqual([
        0, 0, 0,
      ])
      expect(current?.sameDaysThrough, through).toBe(day === 12 ? null : through)
      expect(current?.progression, through).toBeNull()
    }
  })

  it('compares the week so far with the same weekdays of the week before', () => {
    // Wednesday 2026-04-08: this week Tue 8 km; last week Mon–Wed had Tue 8 km. Add a 4 km Monday run now.
    const weeks = weeklyVolume([...steady, run('2026-04-06', 4000, 24, 72)], '2026-04-08')
    expect(weeks.at(-1)).toMatchObject({ distanceM: 12000, distanceChangePct: 50, loadChangePct: 30 })
  })

  it('never uses the first week as a base: no +200 % and no progression flag for a Saturday start', () => {
    const weeks = weeklyVolume(steady, '2026-04-12')
    expect(weeks.map((w) => w.distanceM)).toEqual([8000, 24000, 24000, 24000, 24000, 24000])
    expect(weeks.map((w) => w.distanceChangePct)).toEqual([null, null, 0, 0, 0, 0])
    expect(weeks.map((w) => w.twoWeekDistanceChangePct)).toEqual([null, null, null, 0, 0, 0])
    expect(weeks.map((w) => w.progression)).toEqual([null, null, null, null, null, null])
  })

  it('a week with nothing yet, after a week without runs, has no change to show', () => {
    const weeks = weeklyVolume([run('2026-03-02', 5000, 30, 90), run('2026-03-09', 5000, 30, 90)], '2026-03-24')
    expect(weeks.at(-1)).toMatchObject({ weekStart: '2026-03-23', distanceChangePct: null })
  })
})

describe('partial weeks — properties', () => {
  // A week's plan: a distance (or none) for each weekday, Monday first.
  const plan = fc.array(fc.option(fc.integer({ min: 1000, max: 25_000 }), { freq: 2 }), {
    minLength: 7,
    maxLength: 7,
  })

  it('identical weeks read 0 % on every day once a full week lies before, and never flag a progression', () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 3, max: 6 }), (week, skip, count) => {
        fc.pre(week.some((d) => d !== null))
        const monday = '2026-01-05'
        const runs: ReturnType<typeof run>[] = []
        // The first week starts `skip` days late (a partial first week), then `count` identical weeks.
        for (let w = 0; w <= count; w++)
          week.forEach((distance, d) => {
            if (distance !== null && (w > 0 || d >= skip))
              runs.push(run(addDays(monday, 7 * w + d), distance, distance / 200, distance / 20))
          })
        fc.pre(runs.length > 0)
        for (let d = 0; d < 7; d++) {
          const through = addDays(monday, 7 * count + d)
          const weeks = weeklyVolume(runs, through)
          const current = weeks.at(-1)
          // The first run falls in week 0 or week 1, so from week 3 on the week before is a full, identical one.
          expect(current?.distanceChangePct, through).toBe(0)
          expect(current?.loadChangePct, through).toBe(0)
          expect(weeks.every((w) => w.progression === null)).toBe(true)
        }
      }),
    )
  })

  it('the first week is never the base of a change or a progression, whatever the history', () => {
    const runsArb = fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 120 }), distance: fc.integer({ min: 500, max: 40_000 }) }),
      { minLength: 1, maxLength: 40 },
    )
    fc.assert(
      fc.property(runsArb, (list) => {
        const weeks = weeklyVolume(list.map((r) => run(addDays('2026-01-01', r.day), r.distance, 30, 100)))
        const second = weeks[1]
        const third = weeks[2]
        if (second)
          expect([second.distanceChangePct, second.loadChangePct, second.durationChangePct]).toEqual([null, null, null])
        if (second) expect(second.progression).toBeNull()
        if (third) expect(third.twoWeekDistanceChangePct).toBeNull()
        if (third) expect(third.progression).not.toBe('caution')
      }),
    )
  })
})

describe('progression thresholds', () => {
  it('exactly 10 % or 30 % is not flagged, just above is', () => {
    expect(progressionLevel(11000, 10000, 0)).toBeNull()
    expect(progressionLevel(11001, 10000, 0)).toBe('info')
    expect(progressionLevel(5500, 5000, 0)).toBeNull()
    expect(progressionLevel(13000, 0, 10000)).toBeNull()
    expect(progressionLevel(13001, 0, 10000)).toBe('caution')
    expect(progressionLevel(13001, 12000, 10000)).toBe('caution') // both hold: caution wins
    expect(progressionLevel(13000, 11000, 10000)).toBe('info')
  })

  it('nothing is "up x %" of a zero week', () => {
    expect(progressionLevel(5000, 0, 0)).toBeNull()
    expect(changePct(5000, 0)).toBeNull()
    expect(changePct(0, 5000)).toBe(-100)
  })
})
