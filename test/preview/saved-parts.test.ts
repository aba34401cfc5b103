/**
 * The preview keeps the workbook's custom XML parts (its settings) in the browser's storage, by
 * file name, and writes only when they change.
 */
import {
  forgetParts,
  keepPartsSaved,
  savedParts,
  savedPartsKey,
} from '../../src/preview/saved-parts';
import type { PartStorage } from '../../src/preview/saved-parts';

function memoryStorage(): PartStorage & { readonly writes: number } {
  const items = new Map<string, string>();
  let writes = 0;
  return {
    get writes() {
      return writes;
    },
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      writes += 1;
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

const settings = { id: '{1}', namespace: 'urn:scenario-recalc:settings:1', xml: '<s/>' };

describe('the saved parts', () => {
  it('are kept per file name, and only once they change', () => {
    const storage = memoryStorage();
    const keep = keepPartsSaved(storage, 'a.xlsx');
    keep([]);
    keep([]);
    expect(storage.writes).toBe(0);
    expect(savedParts(storage, 'a.xlsx')).toBeNull();
    keep([settings]);
    expect(savedParts(storage, 'a.xlsx')).toEqual([settings]);
    expect(savedParts(storage, 'b.xlsx')).toBeNull();
    forgetParts(storage, 'a.xlsx');
    expect(savedParts(storage, 'a.xlsx')).toBeNull();
  });

  it.each(['not json', '{"id": 1}', '[{"id": "x"}]', '[null]'])(
    'are none when the storage holds %p',
    (text) => {
      const storage = memoryStorage();
      storage.setItem(savedPartsKey('a.xlsx'), text);
      expect(savedParts(storage, 'a.xlsx')).toBeNull();
    },
  );
});
