// @vitest-environment happy-dom
// The list section shell of the athlete page: Add opens the form in place and closing it gives focus
// back to Add; nothing yet says so; a failed load offers Retry.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import RecordSection from './RecordSection.vue'

const base = {
  name: 'shoes',
  title: 'Shoes',
  addLabel: 'Add shoe',
  status: 'ready' as const,
  error: '',
  what: 'shoes',
  empty: 'No shoes yet. Add one to track its distance.',
}

function mountSection(has: boolean, status: 'ready' | 'error' = 'ready') {
  return mount(RecordSection, {
    props: { ...base, has, status, error: status === 'error' ? 'The disk is full.' : '' },
    slots: {
      default: '<table aria-label="Shoes list"></table>',
      add: `<template #add="{ close }"><form aria-label="New shoe"><button type="button" @click="close">Cancel</button></form></template>`,
    },
    attachTo: document.body,
  })
}

describe('a record section', () => {
  it('opens the add form in place of the button, and closing it puts focus back on Add', async () => {
    const wrapper = mountSection(true)
    expect(wrapper.get('h2').text()).toBe('Shoes')
    expect(wrapper.get('section').attributes('aria-labelledby')).toBe('shoes-heading')
    await wrapper.get('button').trigger('click')
    expect(wrapper.find('form[aria-label="New shoe"]').exists()).toBe(true)
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(['Cancel'])
    await wrapper.get('form button').trigger('click')
    await nextTick()
    expect(wrapper.find('form').exists()).toBe(false)
    expect(document.activeElement?.textContent).toBe('Add shoe')
    wrapper.unmount()
  })

  it('shows the list when there are records, and says what is missing when there are none', () => {
    expect(mountSection(true).find('table[aria-label="Shoes list"]').exists()).toBe(true)
    const empty = mountSection(false)
    expect(empty.find('table').exists()).toBe(false)
    expect(empty.get('.empty-state').text()).toBe('No shoes yet. Add one to track its distance.')
  })

  it('passes a failed load on as Retry', async () => {
    const wrapper = mountSection(true, 'error')
    expect(wrapper.text()).toContain('The disk is full.')
    const retry = wrapper.findAll('button').find((b) => b.text() === 'Retry')
    await retry?.trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)
  })
})
