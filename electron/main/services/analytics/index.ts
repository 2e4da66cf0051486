// Pure training-load analytics: no database, no Electron. See docs/domain.md "Load metrics".
export * from './days'
export * from './load'
export * from './spikes'
export * from './weekly'
