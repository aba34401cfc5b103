/**
 * The two languages the product speaks, and how each quotes a name: Swedish ”…”, English “…”.
 * Every sentence that quotes a header, a sheet or a name quotes it through `quote`.
 */
export type Language = 'sv' | 'en';

const QUOTES: Readonly<Record<Language, readonly [string, string]>> = {
  sv: ['”', '”'],
  en: ['“', '”'],
};

/**
 * A name quoted as a reader of the language expects, its spaces folded to one.
 * @example quote('Bastjänst', 'sv') === '”Bastjänst”'; quote('Service', 'en') === '“Service”'
 */
export function quote(text: string, language: Language): string {
  const [open, close] = QUOTES[language];
  return `${open}${text.replace(/\s+/g, ' ').trim()}${close}`;
}
