// A runner's shoe rotation: 1-3 pairs in use (daily trainer, a lighter pair for fast days or a trail
// pair), each replaced by the next version once it passes 700-900 km, as runners actually do -
// sometimes before and sometimes after the coach's replace threshold.
import type { RunType, Surface } from '#shared/enums'
import { SHOE_LINES } from './catalog'
import type { Profile } from './profile'
import { round, type Rng } from './random'
import type { SeedShoe } from './types'

type Kind = keyof typeof SHOE_LINES

interface Slot {
  kind: Kind
  line: string
  version: number
  /** index of the pair in use, or null until the next run needs one */
  current: number | null
  usedM: number
  retireAtM: number
  firstPair: boolean
}

const SOFT_GROUND: ReadonlySet<Surface> = new Set(['trail', 'grass', 'mixed'])
const FAST: ReadonlySet<RunType> = new Set(['tempo', 'intervals', 'race'])

export interface ShoeRack {
  /** the index of the pair worn for this run, buying a new pair when needed */
  wear(date: string, type: RunType, surface: Surface | null, distanceM: number): number
  shoes: SeedShoe[]
}

export function createShoeRack(rng: Rng, profile: Profile): ShoeRack {
  const kinds: Kind[] = ['daily']
  if (profile.shoeSlots >= 2) kinds.push(profile.group === 'Trail' ? 'trail' : 'fast')
  if (profile.shoeSlots >= 3) kinds.push(profile.group === 'Trail' ? 'fast' : 'daily')
  const slots: Slot[] = kinds.map((kind) => ({
    kind,
    line: rng.pick(SHOE_LINES[kind]),
    version: rng.int(2, 5),
    current: null,
    usedM: 0,
    retireAtM: 0,
    firstPair: true,
  }))
  const shoes: SeedShoe[] = []
  let dailyTurn = 0

  const slotFor = (type: RunType, surface: Surface | null): Slot => {
    const trail = slots.find((s) => s.kind === 'trail')
    if (trail && surface !== null && SOFT_GROUND.has(surface)) return trail
    const fast = slots.find((s) => s.kind === 'fast')
    if (fast && FAST.has(type)) return fast
    // Two daily trainers are rotated run by run.
    const daily = slots.filter((s) => s.kind === 'daily')
    dailyTurn++
    return daily[dailyTurn % daily.length] ?? (slots[0] as Slot)
  }

  return {
    shoes,
    wear: (date, type, surface, distanceM) => {
      const slot = slotFor(type, surface)
      if (slot.current === null) {
        // The first pair was usually bought before the history starts, so it already has some distance.
        const initialKm = slot.firstPair && rng.chance(0.6) ? rng.int(5, 45) * 10 : 0
        shoes.push({
          name: `${slot.line} ${String(slot.version)}`,
          startDate: date,
          initialDistanceM: initialKm * 1000,
          retiredDate: null,
          replaceThresholdM: profile.replaceThresholdM,
          notes: slot.firstPair ? '' : 'Replacement pair',
        })
        slot.current = shoes.length - 1
        slot.usedM = initialKm * 1000
        slot.retireAtM = rng.uniform(700, 900) * 1000
        slot.firstPair = false
      }
      const index = slot.current
      slot.usedM = round(slot.usedM + distanceM)
      if (slot.usedM >= slot.retireAtM) {
        const shoe = shoes[index]
        if (shoe) shoe.retiredDate = date
        slot.current = null
        slot.version++
      }
      return index
    },
  }
}
