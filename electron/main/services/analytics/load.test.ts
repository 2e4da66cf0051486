import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeLoadMetrics, lastDayMetrics, type DayMetrics } from './load'

const TOL = 1e-6
const KF = Math.exp(-1 / 42) // fitness decay per day
const KG = Math.exp(-1 / 7) // fatigue decay per day

function expectClose(actual: unknown, expected: unknown, what = ''): void {
  if (typeof expected !== 'number') {
    expect(actual, what).toBe(expected)
    return
  }
  expect(actual, what).not.toBeNull()
  expect(actual, what).toBeTypeOf('number')
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOL)
}

function day(metrics: DayMetrics[], d: number): DayMetrics {
  const found = metrics[d]
  if (!found) throw new Error(`no day ${d}`)
  return found
}

// Straight from the formulas in docs/domain.md, with full re-scans and the textbook EWMA form, written
// independently of load.ts so the two only agree when both follow the conventions.
function naive(L: number[]): DayMetrics[] {
  const out: DayMetrics[] = []
  let acute = 0
  let chronic = 0
  const fitness: number[] = []
  const fatigue: number[] = []
  for (let d = 0; d < L.length; d++) {
    const at = (k: number) => (k < 0 ? 0 : (L[k] as number))
    // Building history: day 0 starts it, and so does a run (load > 0 here) with the 28 days before it empty
    // and after day 0; the ratio is shown from the 28th day of a stretch.
    const restarts = (r: number) => r >= 29 && at(r) > 0 && L.slice(r - 28, r).every((x) => x === 0)
    let start = d
    while (start > 0 && !restarts(start)) start--
    const building = d - start < 27
    if (d === 0) {
      acute = at(0)
      chronic = at(0)
    } else {
      acute = (2 / 8) * at(d) + (1 - 2 / 8) * acute
      chronic = (2 / 29) * at(d) + (1 - 2 / 29) * chronic
    }
    fitness.push((d === 0 ? 0 : (fitness[d - 1] as number)) * KF + at(d) * (1 - KF))
    fatigue.push((d === 0 ? 0 : (fatigue[d - 1] as number)) * KG + at(d) * (1 - KG))

    const week: number[] = []
    for (let k = d - 6; k <= d; k++) week.push(at(k))
    const sum7 = week.reduce((s, x) => s + x, 0)
    const mean = sum7 / 7
    const sd = Math.sqrt(week.reduce((s, x) => s + (x - mean) ** 2, 0) / 7)
    const monotony = sd === 0 ? 10 : Math.min(10, mean / sd)

    let acwrRolling: number | null = null
    if (d >= 27) {
      let sum28 = 0
      for (let k = d - 27; k <= d; k++) sum28 += at(k)
      if (sum28 !== 0) acwrRolling = sum7 / 7 / (sum28 / 28)
    }
    out.push({
      acuteEwma: acute,
      chronicEwma: chronic,
      acwrEwma: building || chronic === 0 ? null : acute / chronic,
      acwrRolling: building ? null : acwrRolling,
      acwrReason: building ? 'building_history' : chronic === 0 ? 'no_chronic_load' : null,
      monotony,
      strain: sum7 * monotony,
      fitness: fitness[d] as number,
      fatigue: fatigue[d] as number,
      form: d === 0 ? 0 : (fitness[d - 1] as number) - (fatigue[d - 1] as number),
    })
  }
  return out
}

/** Fixed-seed PRNG (mulberry32) so the long series is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIELDS: (keyof DayMetrics)[] = [
  'acuteEwma',
  'chronicEwma',
  'acwrEwma',
  'acwrRolling',
  'acwrReason',
  'monotony',
  'strain',
  'fitness',
  'fatigue',
  'form',
]

describe('computeLoadMetrics — hand-computed values', () => {
  it('returns [] for no days', () => {
    expect(computeLoadMetrics([])).toEqual([])
  })

  it('a single day of 100: EWMAs seeded with it, no ACWR yet (building history), fitness/fatigue from 0', () => {
    const [d0] = computeLoadMetrics([100])
    // acute = chronic = L0 = 100; the ratio would be 1 but the athlete has 1 day of history of the 28.
    // Week = [0,0,0,0,0,0,100]: mean 100/7, population SD 100·√6/7, monotony 1/√6, strain 100/√6.
    // F_0 = 0·e^(−1/42) + 100·(1 − e^(−1/42)) = 2.3528313…; fatigue_0 = 100·(1 − e^(−1/7)) = 13.3122100…
    // form_0 = F_{−1} − fatigue_{−1} = 0 − 0 = 0; no rolling ACWR before 28 days.
    expect(d0).toBeDefined()
    expectClose(d0?.acuteEwma, 100)
    expectClose(d0?.chronicEwma, 100)
    expectClose(d0?.acwrEwma, null)
    expectClose(d0?.acwrRolling, null)
    expect(d0?.acwrReason).toBe('building_history')
    expectClose(d0?.monotony, 1 / Math.sqrt(6))
    expectClose(d0?.monotony, 0.408248290463863)
    expectClose(d0?.strain, 40.8248290463863)
    expectClose(d0?.fitness, 2.3528313347756735)
    expectClose(d0?.fatigue, 13.312210024981841)
    expect(d0?.form).toBe(0)
  })

  it('a single rest day: chronic 0 gives no ACWR, the all-zero week has monotony 10 and strain 0', () => {
    expect(computeLoadMetrics([0])).toEqual([
      {
        acuteEwma: 0,
        chronicEwma: 0,
        acwrEwma: null,
        acwrRolling: null,
        acwrReason: 'building_history',
        monotony: 10,
        strain: 0,
        fitness: 0,
        fatigue: 0,
        form: 0,
      },
    ])
  })

  it('loads [100, 0, 0, 200] day by day', () => {
    const m = computeLoadMetrics([100, 0, 0, 200])
    // acute λ = 2/8: 100; 0.75·100 = 75; 0.75²·100 = 56.25; 0.25·200 + 0.75·56.25 = 92.1875
    // chronic λ = 2/29: 100; 100·27/29 = 93.1034483; 100·(27/29)² = 86.6825208;
    //   200·2/29 + (27/29)·86.6825208 = 94.4975194
    const acute = [100, 75, 56.25, 92.1875]
    const chronic = [100, 2700 / 29, 72900 / 841, 94.49751937348805]
    // acute/chronic: 1; 75·29/2700 = 29/36 = 0.8055556; 0.5625·841/729 = 0.6489198; 92.1875/94.4975194 = 0.9755547
    // (the shown ACWR stays null: 4 days of history)
    const acwr = [1, 29 / 36, 0.6489197530864198, 0.9755547088558164]
    // Days 0–2: the week holds one 100 and six zeros → 1/√6 and strain 100/√6.
    // Day 3: week [0,0,0,100,0,0,200]: mean 300/7, variance 50000/7 − (300/7)² = 260000/49,
    //   monotony = 300/√260000 = 0.5883484, strain = 300 · 0.5883484 = 176.5045216
    const monotony = [0.408248290463863, 0.408248290463863, 0.408248290463863, 0.588348405414552]
    const strain = [40.8248290463863, 40.8248290463863, 40.8248290463863, 176.5045216243656]
    // F: 100(1−KF); ·KF; ·KF²; ·KF³ + 200(1−KF). Fatigue the same with KG.
    const fitness = [100 * (1 - KF), 100 * (1 - KF) * KF, 100 * (1 - KF) * KF ** 2, 6.896296352282312]
    const fatigue = [100 * (1 - KG), 11.54006066748957, 10.003823554423038, 35.296513602293324]
    // form_d = F_{d−1} − fatigue_{d−1}: 0; 2.3528313 − 13.3122100 = −10.9593787; −9.2425875; −7.7604060
    const form = [0, -10.959378690206167, -9.242587485612919, -7.760406041477649]
    for (let d = 0; d < 4; d++) {
      const x = day(m, d)
      expectClose(x.acuteEwma, acute[d] as number, `acute ${d}`)
      expectClose(x.chronicEwma, chronic[d] as number, `chronic ${d}`)
      expectClose(x.acuteEwma / x.chronicEwma, acwr[d] as number, `acute/chronic ${d}`)
      expectClose(x.acwrEwma, null, `acwr ${d}`)
      expectClose(x.acwrRolling, null, `rolling ${d}`)
      expectClose(x.monotony, monotony[d] as number, `monotony ${d}`)
      expectClose(x.strain, strain[d] as number, `strain ${d}`)
      expectClose(x.fitness, fitness[d] as number, `fitness ${d}`)
      expectClose(x.fatigue, fatigue[d] as number, `fatigue ${d}`)
      expectClose(x.form, form[d] as number, `form ${d}`)
    }
    expectClose(day(m, 3).fitness, 100 * (1 - KF) * KF ** 3 + 200 * (1 - KF))
  })

  it('runs without RPE (load 0) for 30 days: chronic 0 gives no EWMA ratio, for that reason, after 28 days', () => {
    const m = computeLoadMetrics(Array<number>(31).fill(0).concat([50]), Array<number>(32).fill(1))
    expect(m.slice(0, 27).every((x) => x.acwrReason === 'building_history')).toBe(true)
    expect(m.slice(27, 31).map((x) => [x.acwrEwma, x.acwrReason])).toEqual(Array(4).fill([null, 'no_chronic_load']))
    // Day 31: acute = 50·2/8 = 12.5, chronic = 50·2/29 = 100/29, ACWR = 12.5·29/100 = 3.625
    expectClose(day(m, 31).acuteEwma, 12.5)
    expectClose(day(m, 31).chronicEwma, 100 / 29)
    expectClose(day(m, 31).acwrEwma, 3.625)
    expect(day(m, 31).acwrReason).toBeNull()
  })

  it('building history: null for days 0–26, a ratio from day 27; again for 27 days after a 28-day break', () => {
    // Runs of 50 on days 0–39, then no run on days 40–67 (28 days), runs of 50 again from day 68.
    const loads = [...Array<number>(40).fill(50), ...Array<number>(28).fill(0), ...Array<number>(40).fill(50)]
    const m = computeLoadMetrics(loads)
    const reasons = m.map((x) => x.acwrReason)
    expect(reasons.slice(0, 27)).toEqual(Array(27).fill('building_history'))
    expect(reasons.slice(27, 68)).toEqual(Array(41).fill(null))
    expect(reasons.slice(68, 95)).toEqual(Array(27).fill('building_history'))
    expect(reasons.slice(95)).toEqual(Array(13).fill(null))
    for (const d of [0, 26, 68, 94])
      expect([day(m, d).acwrEwma, day(m, d).acwrRolling], `day ${d}`).toEqual([null, null])
    expectClose(day(m, 27).acwrEwma, 1) // a constant series
    expectClose(day(m, 27).acwrRolling, 1)
    // Day 95 (the 28th day back): the EWMAs ran on through the break, so the ratio is acute/chronic as is.
    expectClose(day(m, 95).acwrEwma, day(m, 95).acuteEwma / day(m, 95).chronicEwma)
    expectClose(day(m, 95).chronicEwma, 50 - (50 - day(m, 67).chronicEwma) * (27 / 29) ** 28)
    // The chronic load is a number on every day, building or not.
    expect(m.every((x) => Number.isFinite(x.chronicEwma))).toBe(true)
  })

  it('a break of 27 days without runs does not restart the history', () => {
    const loads = [...Array<number>(40).fill(50), ...Array<number>(27).fill(0), 50]
    const last = computeLoadMetrics(loads).at(-1)
    expect(last?.acwrReason).toBeNull()
    expect(last?.acwrEwma).toBeTypeOf('number')
  })

  it('rolling ACWR: null for 27 days, defined from the 28th day, coupled windows', () => {
    // Day 0: 280, days 1–20: 0, days 21–27: 10, day 28: 0.
    const loads = [280, ...Array<number>(20).fill(0), ...Array<number>(7).fill(10), 0]
    const m = computeLoadMetrics(loads)
    for (let d = 0; d < 27; d++) expect(day(m, d).acwrRolling, `day ${d}`).toBeNull()
    // Day 27: 7-day mean 70/7 = 10, 28-day mean (280 + 70)/28 = 12.5 → 0.8
    expectClose(day(m, 27).acwrRolling, 0.8)
    // Day 28: the 280 leaves the window. 7-day mean 60/7, 28-day mean 70/28 = 2.5 → 24/7 = 3.4285714
    expectClose(day(m, 28).acwrRolling, 24 / 7)
  })

  it('fewer than 28 days never has a rolling ACWR, exactly 28 days has one on the last day', () => {
    expect(computeLoadMetrics(Array<number>(27).fill(50)).every((x) => x.acwrRolling === null)).toBe(true)
    const m = computeLoadMetrics(Array<number>(28).fill(50))
    expect(m.filter((x) => x.acwrRolling !== null)).toHaveLength(1)
    expectClose(day(m, 27).acwrRolling, 1)
  })

  it('a 28-day window of zeros gives a null rolling ACWR (mean 0), not 0 or NaN', () => {
    const loads = [120, ...Array<number>(40).fill(0)]
    const m = computeLoadMetrics(loads)
    expectClose(day(m, 27).acwrRolling, 0) // the 120 is still in the 28 days, the last 7 are all 0
    expect(day(m, 28).acwrRolling).toBeNull()
    expect(day(m, 40).acwrRolling).toBeNull()
    // The chronic EWMA is still above 0 after 40 rest days: 120·(27/29)^40, so the EWMA ratio stays defined.
    expectClose(day(m, 40).chronicEwma, 120 * (27 / 29) ** 40)
    expectClose(day(m, 40).acwrEwma, (120 * 0.75 ** 40) / (120 * (27 / 29) ** 40))
  })

  it('an all-zero week after a run: monotony 10 (SD 0), strain 0', () => {
    const m = computeLoadMetrics([100, ...Array<number>(13).fill(0)])
    expectClose(day(m, 6).monotony, 1 / Math.sqrt(6)) // the 100 is the oldest day of the week
    for (let d = 7; d < 14; d++) {
      expect(day(m, d).monotony, `day ${d}`).toBe(10)
      expect(day(m, d).strain, `day ${d}`).toBe(0)
    }
  })

  it('monotony cap: the same load every day gives 10, and strain = 7 × load × 10', () => {
    const m = computeLoadMetrics(Array<number>(10).fill(50))
    for (let d = 6; d < 10; d++) {
      expect(day(m, d).monotony).toBe(10)
      expectClose(day(m, d).strain, 3500)
    }
    // Nearly constant: [50 ×6, 51]: mean 351/7, SD √6/7 = 0.35, mean/SD = 143 → capped at 10.
    const near = computeLoadMetrics([...Array<number>(6).fill(50), 51])
    expect(day(near, 6).monotony).toBe(10)
    expectClose(day(near, 6).strain, 3510)
  })

  it('monotony below the cap for a varied week: [60, 0, 60, 0, 60, 0, 60]', () => {
    // mean 240/7; squares 4·3600 = 14400; variance 14400/7 − (240/7)² = (100800 − 57600)/49 = 43200/49
    // SD = √43200/7; monotony = 240/√43200 = 1.1547005 (= 2/√3); strain = 240 · 2/√3 = 277.1281292
    const m = computeLoadMetrics([60, 0, 60, 0, 60, 0, 60])
    expectClose(day(m, 6).monotony, 2 / Math.sqrt(3))
    expectClose(day(m, 6).monotony, 1.1547005383792517)
    expectClose(day(m, 6).strain, 277.1281292110204)
  })

  it('rejects negative and non-finite loads', () => {
    expect(() => computeLoadMetrics([10, -1])).toThrow(RangeError)
    expect(() => computeLoadMetrics([Number.NaN])).toThrow(RangeError)
    expect(() => computeLoadMetrics([Number.POSITIVE_INFINITY])).toThrow(RangeError)
  })
})

describe('computeLoadMetrics — against the naive implementation', () => {
  it('matches every field of every day of a 1200-day pseudo-random series to 1e-6', () => {
    const rand = mulberry32(20250917)
    const loads: number[] = [0, 0, 0] // leading rest days: chronic 0 → null EWMA ratio
    while (loads.length < 1200) {
      const r = rand()
      if (loads.length >= 400 && loads.length < 440)
        loads.push(0) // 40 rest days: 28-day sum 0
      else if (loads.length >= 700 && loads.length < 714)
        loads.push(300) // two flat weeks: monotony cap
      else if (r < 0.3) loads.push(0)
      else loads.push((Math.round((20 + rand() * 140) * 10) / 10) * (1 + Math.floor(rand() * 10))) // min × RPE
    }
    const fast = computeLoadMetrics(loads)
    const slow = naive(loads)
    expect(fast).toHaveLength(1200)
    for (let d = 0; d < 1200; d++) {
      for (const field of FIELDS) expectClose(day(fast, d)[field], day(slow, d)[field], `day ${d} ${field}`)
    }
    // The series really visits the edge cases.
    expect(fast.filter((x) => x.acwrEwma === null).length).toBeGreaterThanOrEqual(3)
    expect(fast.slice(27).filter((x) => x.acwrRolling === null).length).toBeGreaterThan(0)
    expect(fast.filter((x) => x.monotony === 10 && x.strain === 0).length).toBeGreaterThan(0)
    expect(fast.filter((x) => x.monotony === 10 && x.strain > 0).length).toBeGreaterThan(0)
  })
})

describe('computeLoadMetrics — properties', () => {
  const load = fc.double({ min: 0, max: 2000, noNaN: true })

  it('a constant positive series has EWMA ACWR exactly 1 and rolling ACWR 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 2000, noNaN: true }), fc.integer({ min: 1, max: 120 }), (c, n) => {
        const m = computeLoadMetrics(Array<number>(n).fill(c))
        m.forEach((x, d) => {
          expect(x.acwrEwma).toBe(d >= 27 ? 1 : null)
          if (d >= 27) expect(Math.abs((x.acwrRolling ?? Number.NaN) - 1)).toBeLessThanOrEqual(1e-9)
          if (d >= 6) expect(x.monotony).toBe(10)
        })
      }),
    )
  })

  it('never gives NaN or Infinity, keeps every value in range, and form is yesterday’s fitness − fatigue', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), load), { maxLength: 80 }), (loads) => {
        const m = computeLoadMetrics(loads)
        expect(m).toHaveLength(loads.length)
        m.forEach((x, d) => {
          for (const field of FIELDS) {
            const v = x[field]
            if (typeof v !== 'string' && v !== null) expect(Number.isFinite(v), `${field} on day ${d}`).toBe(true)
          }
          expect(x.acwrEwma === null).toBe(x.acwrReason !== null)
          if (x.acwrReason === 'no_chronic_load') expect(x.chronicEwma).toBe(0)
          if (d < 27) expect([x.acwrReason, x.acwrRolling]).toEqual(['building_history', null])
          expect(x.monotony).toBeGreaterThan(0)
          expect(x.monotony).toBeLessThanOrEqual(10)
          expect(x.strain).toBeGreaterThanOrEqual(0)
          const yesterday = m[d - 1]
          expect(x.form).toBe(yesterday ? yesterday.fitness - yesterday.fatigue : 0)
        })
      }),
    )
  })

  it('lastDayMetrics is the last day of computeLoadMetrics, to the bit, with or without run days given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.constant(0), load), fc.boolean()), { minLength: 1, maxLength: 200 }),
        (days) => {
          const loads = days.map(([l]) => l)
          const ran = days.map(([l, r]) => (r || l > 0 ? 1 : 0))
          expect(lastDayMetrics(loads, ran)).toEqual(computeLoadMetrics(loads, ran).at(-1))
          expect(lastDayMetrics(loads)).toEqual(computeLoadMetrics(loads).at(-1))
        },
      ),
    )
    expect(lastDayMetrics([])).toBeNull()
  })

  it('ratios do not depend on the unit of load (scaling every day by k changes no ACWR or monotony)', () => {
    // Realistic sRPE days (0, or at least 1 = one minute at RPE 1): subnormal doubles would underflow.
    const realistic = fc.oneof(fc.constant(0), fc.double({ min: 1, max: 2000, noNaN: true }))
    fc.assert(
      fc.property(fc.array(realistic, { minLength: 1, maxLength: 60 }), fc.integer({ min: 2, max: 50 }), (loads, k) => {
        const a = computeLoadMetrics(loads)
        const b = computeLoadMetrics(loads.map((x) => x * k))
        a.forEach((x, d) => {
          const y = day(b, d)
          for (const field of ['acwrEwma', 'acwrRolling', 'monotony'] as const) {
            const u = x[field]
            const v = y[field]
            if (u === null || v === null) expect(v).toBe(u)
            else expect(Math.abs(u - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(u)))
          }
        })
      }),
    )
  })
})
