/**
 * A what-if as the workbook's settings keep it: plain JSON data that every door reads the same
 * way. Amounts and scales are exact texts (`1/3`, `0.75`), never binary floating point, and an
 * impact carries the unit it was given in, so a what-if saved in tkr stays right when the result is
 * later shown in MSEK. Reading is defensive: an entry it cannot read is kept as it was, to be
 * reported and written back, never dropped and never guessed.
 */
import type { Money } from '../money';
import { moneyFromDecimal } from '../money';
import type { OutputUnit } from '../settings';
import { KRONOR_PER_UNIT, unitNamed } from '../settings';
import type { WhatIf } from './model';

export interface StoredWhatIfMember {
  /** The initiative's id where it has one, else its name as the initiatives table writes it. */
  readonly initiative: string;
  /** Whole years its costs move (1: a year later). */
  readonly shift: number;
  /** What its costs are multiplied by, as an exact text: `1`, `0.5`, `1/3`. */
  readonly scale: string;
}

export interface StoredWhatIfImpact {
  readonly year: number;
  /** An exact decimal text (`1100`, `-2.5`). */
  readonly amount: string;
  readonly unit: OutputUnit;
}

export interface StoredWhatIf {
  readonly name: string;
  /** The scenario it starts from, by id; null for none. */
  readonly basedOn: string | null;
  readonly members: readonly StoredWhatIfMember[];
  /** The impact on running cost for the years the controller states one. */
  readonly impact: readonly StoredWhatIfImpact[];
}

/** A saved entry that is not a what-if this version can read: kept as it was, and reported. */
export interface UnreadWhatIf {
  /** Its name when it has one, else its place (`#2`), for the sentence that reports it. */
  readonly label: string;
  readonly raw: unknown;
  /** The whole saved value, which is not a list at all: written back in its place, as it was. */
  readonly whole?: true;
}

/** The most what-ifs a workbook keeps, and the longest name: a settings part is no database. */
export const MAX_WHAT_IFS = 50;
export const MAX_WHAT_IF_NAME = 60;

/** An exact non-negative scale text: `1`, `0.5`, `3/4`. */
const SCALE_TEXT = /^\d+(?:\.\d+)?(?:\/[1-9]\d*)?$/;
/** An exact decimal amount text: `1100`, `-2.5`. */
const AMOUNT_TEXT = /^-?\d+(?:\.\d+)?$/;

/**
 * The what-ifs in a settings value (an array, as saved), each read or kept as unread.
 * @example readStoredWhatIfs([{ name: 'A', basedOn: '2', members: [], impact: [] }]).whatIfs.length === 1
 */
export function readStoredWhatIfs(value: unknown): {
  readonly whatIfs: readonly StoredWhatIf[];
  readonly unread: readonly UnreadWhatIf[];
} {
  if (value === undefined || value === null) return { whatIfs: [], unread: [] };
  // Not a list (a newer version's shape, a hand edit): nothing to compute, all of it to keep.
  if (!Array.isArray(value))
    return { whatIfs: [], unread: [{ label: '#1', raw: value, whole: true }] };
  const whatIfs: StoredWhatIf[] = [];
  const unread: UnreadWhatIf[] = [];
  const names = new Set<string>();
  value.forEach((raw: unknown, place) => {
    const read = readOne(raw);
    const label = isRecord(raw) && typeof raw.name === 'string' ? raw.name : `#${place + 1}`;
    // Two what-ifs of one name cannot both be chosen by it: the second is kept, not read.
    if (read === null || names.has(whatIfNameKey(read.name)) || whatIfs.length >= MAX_WHAT_IFS)
      unread.push({ label: label.slice(0, MAX_WHAT_IF_NAME), raw });
    else {
      names.add(whatIfNameKey(read.name));
      whatIfs.push(read);
    }
  });
  return { whatIfs, unread };
}

/**
 * The key two what-if names share when they name the same what-if: case and surrounding spaces
 * do not count.
 * @example whatIfNameKey(' AI i 3 ') === whatIfNameKey('ai i 3')
 */
export function whatIfNameKey(name: string): string {
  return name.trim().toLocaleLowerCase('sv-SE');
}

/**
 * A what-if's name as given (trimmed), or null when it is empty or too long.
 * @example whatIfName('  AI i scenario 3 ') === 'AI i scenario 3'; whatIfName('  ') === null
 */
export function whatIfName(name: string): string | null {
  const trimmed = name.trim();
  return trimmed === '' || trimmed.length > MAX_WHAT_IF_NAME ? null : trimmed;
}

/**
 * The engine's what-if from its stored form, with its stated impacts in the result's unit.
 * @example whatIfFromStored({ name: 'A', basedOn: null, members: [], impact: [{ year: 2025, amount: '1.1', unit: 'MSEK' }] }, 'tkr').impact.get(2025)?.toString() === '1100'
 */
export function whatIfFromStored(stored: StoredWhatIf, unit: OutputUnit): WhatIf {
  return {
    name: stored.name,
    basedOn: stored.basedOn,
    members: stored.members.map((member) => ({
      initiative: member.initiative,
      shift: member.shift,
      scale: exactScale(member.scale),
    })),
    impact: new Map(
      stored.impact.map((impact) => [
        impact.year,
        moneyFromDecimal(impact.amount)
          .mul(KRONOR_PER_UNIT[impact.unit])
          .div(KRONOR_PER_UNIT[unit]),
      ]),
    ),
  };
}

/**
 * A scale's exact value from its stored text (checked when read: `1`, `0.5`, `3/4`).
 * @example exactScale('3/4').toString() === '0.75'
 */
export function exactScale(text: string): Money {
  const [numerator = '1', denominator] = text.split('/');
  const value = moneyFromDecimal(numerator);
  return denominator === undefined ? value : value.div(moneyFromDecimal(denominator));
}

/**
 * A scale as its exact stored text: `1`, `0.5`, or a fraction where no decimal is exact (`1/3`).
 * @example scaleText(exactScale('0.50')) === '0.5'; scaleText(exactScale('1/3')) === '1/3'
 */
export function scaleText(scale: Money): string {
  const decimal = scale.toString();
  return /^\d+(?:\.\d+)?$/.test(decimal) ? decimal : scale.toFraction();
}

/**
 * The fields this version knows. An entry with any other (a newer version's) is kept unread: read,
 * it would be written back without them, and what the newer version saved would be lost.
 */
const WHAT_IF_FIELDS = new Set(['name', 'basedOn', 'members', 'impact']);
const MEMBER_FIELDS = new Set(['initiative', 'shift', 'scale']);
const IMPACT_FIELDS = new Set(['year', 'amount', 'unit']);

function onlyFields(record: Record<string, unknown>, fields: ReadonlySet<string>): boolean {
  return Object.keys(record).every((key) => fields.has(key));
}

function readOne(raw: unknown): StoredWhatIf | null {
  if (!isRecord(raw) || typeof raw.name !== 'string' || !onlyFields(raw, WHAT_IF_FIELDS))
    return null;
  const name = whatIfName(raw.name);
  if (name === null) return null;
  const basedOn = raw.basedOn === null || raw.basedOn === undefined ? null : raw.basedOn;
  if (basedOn !== null && typeof basedOn !== 'string') return null;
  if (!Array.isArray(raw.members)) return null;
  const members: StoredWhatIfMember[] = [];
  for (const member of raw.members as unknown[]) {
    if (
      !isRecord(member) ||
      !onlyFields(member, MEMBER_FIELDS) ||
      typeof member.initiative !== 'string' ||
      member.initiative.trim() === '' ||
      typeof member.shift !== 'number' ||
      !Number.isFinite(member.shift) ||
      Math.abs(member.shift) > 100 ||
      typeof member.scale !== 'string' ||
      !SCALE_TEXT.test(member.scale)
    )
      return null;
    members.push({ initiative: member.initiative, shift: member.shift, scale: member.scale });
  }
  const impactList: unknown[] = raw.impact === undefined ? [] : (raw.impact as unknown[]);
  if (!Array.isArray(impactList)) return null;
  const impact: StoredWhatIfImpact[] = [];
  for (const entry of impactList) {
    if (
      !isRecord(entry) ||
      !onlyFields(entry, IMPACT_FIELDS) ||
      typeof entry.year !== 'number' ||
      !Number.isInteger(entry.year) ||
      typeof entry.amount !== 'string' ||
      !AMOUNT_TEXT.test(entry.amount) ||
      typeof entry.unit !== 'string'
    )
      return null;
    const unit = unitNamed(entry.unit);
    if (unit === null) return null;
    impact.push({ year: entry.year, amount: entry.amount, unit });
  }
  return { name, basedOn, members, impact };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
