/**
 * A what-if as the view edits it: its stored form, changed one click at a time by pure functions
 * (start from a scenario, check an initiative, move it, scale it), so the hook only holds it and
 * the tests can state each step without a screen.
 */
import type { EngineResult, Language, StoredWhatIf, StoredWhatIfMember } from '../../engine';
import { exactScale, scaleText } from '../../engine';

/** An initiative a what-if may hold (a row of the initiatives table, or one a scenario names). */
export type InitiativeRow = EngineResult['initiatives'][number];

export interface Draft {
  readonly whatIf: StoredWhatIf;
  /** The saved what-if it was opened from (its name as saved); null for a new one. */
  readonly opened: string | null;
}

/** Where a draft starts: a scenario's members, nothing, or a saved what-if. */
export type Start =
  | { readonly kind: 'scenario'; readonly id: string }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'saved'; readonly name: string };

/** How a what-if names an initiative: its id where it has one, else its name. */
export function initiativeKey(row: InitiativeRow): string {
  return row.id ?? row.name.value;
}

/**
 * A new draft from its start: a scenario's members as they are (shift 0, scale 1), or none.
 * @example startDraft({ kind: 'nothing' }, result, []).whatIf.members.length === 0
 */
export function startDraft(
  start: Start,
  result: Pick<EngineResult, 'scenarios'>,
  saved: readonly StoredWhatIf[],
): Draft {
  if (start.kind === 'saved') {
    const found = saved.find((whatIf) => whatIf.name === start.name);
    if (found !== undefined) return { whatIf: found, opened: found.name };
  }
  const scenario =
    start.kind === 'scenario' ? result.scenarios.find((s) => s.id === start.id) : undefined;
  const members: StoredWhatIfMember[] = [];
  const keys = new Set<string>();
  for (const member of scenario?.members ?? []) {
    const key = initiativeKey(member.initiative);
    if (keys.has(key)) continue;
    keys.add(key);
    members.push({ initiative: key, shift: 0, scale: '1' });
  }
  return {
    whatIf: { name: '', basedOn: scenario?.id ?? null, members, impact: [] },
    opened: null,
  };
}

/** The draft with the initiative a member (checked) or not (unchecked). */
export function toggleMember(draft: Draft, key: string, checked: boolean): Draft {
  const { members } = draft.whatIf;
  const next = checked
    ? members.some((m) => m.initiative === key)
      ? members
      : [...members, { initiative: key, shift: 0, scale: '1' }]
    : members.filter((m) => m.initiative !== key);
  return withMembers(draft, next);
}

/** The draft with member `index` removed (one no longer in the workbook, unchecked). */
export function removeMember(draft: Draft, index: number): Draft {
  return withMembers(
    draft,
    draft.whatIf.members.filter((_m, i) => i !== index),
  );
}

/** The draft with member `index` moved `by` whole years more. */
export function shiftMember(draft: Draft, index: number, by: number): Draft {
  return withMembers(
    draft,
    draft.whatIf.members.map((m, i) => (i === index ? { ...m, shift: m.shift + by } : m)),
  );
}

/** The draft with member `index` scaled to `scale` (an exact stored text). */
export function scaleMember(draft: Draft, index: number, scale: string): Draft {
  return withMembers(
    draft,
    draft.whatIf.members.map((m, i) => (i === index ? { ...m, scale } : m)),
  );
}

export function renameDraft(draft: Draft, name: string): Draft {
  return { ...draft, whatIf: { ...draft.whatIf, name } };
}

/**
 * A percentage typed in the user's language as an exact scale text, or null when it is not a
 * number of 0 or more: `50` → `0.5`; in Swedish `33,3` → `0.333` and `1 000` → `10` (spaces group
 * digits, a comma or a point marks decimals); in English `1,500` → `15` (commas group digits, a
 * point marks decimals, and a comma only where it cannot group: `33,3`).
 * @example scaleFromPercent('33,3', 'sv') === '0.333'; scaleFromPercent('1,500', 'en') === '15'
 */
export function scaleFromPercent(text: string, language: Language): string | null {
  const bare = text.trim().replace(/\s*%$/, '');
  let plain: string;
  if (language === 'sv') plain = bare.replace(/[\s\u00A0\u202F]/g, '').replace(',', '.');
  else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(bare)) plain = bare.replace(/,/g, '');
  else plain = /^\d+,\d+$/.test(bare) ? bare.replace(',', '.') : bare;
  if (!/^\d+(?:\.\d+)?$/.test(plain)) return null;
  return scaleText(exactScale(`${plain}/100`));
}

function withMembers(draft: Draft, members: readonly StoredWhatIfMember[]): Draft {
  return { ...draft, whatIf: { ...draft.whatIf, members } };
}
