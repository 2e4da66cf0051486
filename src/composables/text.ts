/** Lower case without accents, so "zoe" finds "Zoë" and "mié" matches "mie". */
export function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase()
}
