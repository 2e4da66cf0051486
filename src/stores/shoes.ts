import { defineStore } from 'pinia'
import { api, unwrap } from '../api/client'
import type { ShoeFieldsInput } from '#shared/schemas/shoe'
import type { Shoe } from '#shared/types'
import { updateOf, useRecordList } from './recordList'

// Shoes in use first, then retired ones; newest first within each, like the back end.
function shoeOrder(a: Shoe, b: Shoe): number {
  const retired = Number(a.retiredDate !== null) - Number(b.retiredDate !== null)
  return retired || b.startDate.localeCompare(a.startDate) || b.id - a.id
}

export const useShoesStore = defineStore('shoes', () => {
  // a run changes its shoe's distance used: the list is loaded again with the server's figures
  const list = useRecordList<Shoe>((athleteId) => api.shoes.list({ athleteId }), shoeOrder, ['shoes', 'runs'])

  async function create(fields: ShoeFieldsInput): Promise<Shoe> {
    const created = unwrap(await api.shoes.create(fields))
    list.put(created)
    return created
  }

  async function update(id: number, fields: ShoeFieldsInput): Promise<Shoe> {
    const updated = unwrap(await api.shoes.update(updateOf(id, fields)))
    list.put(updated)
    return updated
  }

  async function retire(shoe: Shoe, retiredDate: string | null): Promise<Shoe> {
    const { id, name, startDate, initialDistanceM, replaceThresholdM, notes } = shoe
    const fields = { id, name, startDate, initialDistanceM, replaceThresholdM, notes, retiredDate }
    const updated = unwrap(await api.shoes.update(fields))
    list.put(updated)
    return updated
  }

  /** Deletes for good; its runs stay but no longer name a shoe. The caller asks the coach first. */
  async function remove(shoe: Shoe): Promise<void> {
    unwrap(await api.shoes.delete({ id: shoe.id }))
    list.drop(shoe.id)
  }

  return { ...list, create, update, retire, remove }
})
