/**
 * Columns as a sentence names them: by the vocabulary's words in the reader's language, quoted as
 * the language quotes. For the columns a table lacks; a column it has is named by its header.
 */
import type { TableKind } from '../headers/words';
import { fieldName, TABLE_SPECS, wordsIn } from '../headers/words';
import type { Language } from './language';
import { quote } from './language';

/** How a header's year is written where any year will do. */
const ANY_YEAR: Readonly<Record<Language, string>> = { sv: 'ÅÅÅÅ', en: 'YYYY' };

/**
 * The header words a table cannot do without, group by group, in the reader's language, from the
 * vocabulary itself.
 * @example requiredHeaders('scenarios', 'en') === '“Scenario” and “Year”'
 */
export function requiredHeaders(table: TableKind, language: Language): string {
  const spec = TABLE_SPECS[table];
  const groups = spec.required.map((group) =>
    spec.fields
      .filter((field) => group.includes(field.field))
      .flatMap((field) =>
        wordsIn(field, language).map((word) =>
          word === ''
            ? ANY_YEAR[language]
            : field.year === 'required'
              ? `${word} ${ANY_YEAR[language]}`
              : word,
        ),
      )
      .map((word) => quote(word, language))
      .join(' / '),
  );
  return groups.join(language === 'sv' ? ' och ' : ' and ');
}

/**
 * A column the vocabulary names, as a reader of the language calls it, with its year (or the
 * year's placeholder when the field needs one): `Föreslagen budget ÅÅÅÅ`, `Budget 2024`, `Driver`.
 */
export function columnName(
  table: TableKind,
  field: string,
  year: number | null,
  language: Language,
): string {
  const spec = TABLE_SPECS[table].fields.find((f) => f.field === field);
  if (spec === undefined) return field;
  const name = fieldName(spec, language);
  if (year !== null) return `${name} ${year}`;
  return spec.year === 'required' ? `${name} ${ANY_YEAR[language]}` : name;
}

/** Columns as named by `columnName`, quoted and listed with `or`: `”A”, ”B” eller ”C”`. */
export const columnNames = (
  table: TableKind,
  fields: readonly string[],
  year: number | null,
  language: Language,
): string =>
  alternatives(
    fields.map((field) => quote(columnName(table, field, year, language), language)),
    language,
  );

/** `A`, `A or B`, `A, B or C`. */
const alternatives = (items: readonly string[], language: Language): string =>
  items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')}${language === 'sv' ? ' eller ' : ' or '}${items[items.length - 1] ?? ''}`;
