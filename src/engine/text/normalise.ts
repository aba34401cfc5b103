/**
 * Normal forms for comparing words people type: header words and names across tables.
 */

/**
 * A header's comparable form: lower case, no diacritics, punctuation as spaces, spaces collapsed.
 * @example normaliseHeader('Föreslagen\nbudget 2025 (tkr)') === 'foreslagen budget 2025 tkr'
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A name's comparable form: Unicode NFC, lower case, one kind of dash with no spaces around it,
 * spaces collapsed. Diacritics are kept: `Fjärråtkomst` and `Fjarratkomst` are different words.
 * @example normaliseName('Lokalt Nät –  LAN') === 'lokalt nät-lan'
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .replace(/\s*[-\u2010-\u2015\u2212]\s*/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A name without its trailing parenthetical, already normalised.
 * @example withoutParenthetical('stadens intranät (interna digitala navet)') === 'stadens intranät'
 */
export function withoutParenthetical(normalisedName: string): string {
  return normalisedName.replace(/\s*\([^()]*\)\s*$/, '').trim();
}
