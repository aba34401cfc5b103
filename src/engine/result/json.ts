/**
 * The JSON form of a result: the contract the command line prints. Amounts are plain JSON numbers
 * (exact values rounded to at most 6 decimals), unknown is null. Documented in the README; change
 * it only by adding fields.
 */
import type { AllocationKey } from '../drivers/breakdown';
import type { Money } from '../money';
import type { CandidateReason } from '../names/match';
import type { OutputUnit } from '../settings';
import { toJsonNumber } from '../money';
import type { EngineResult, TableLocation } from '../recalculate';
import type { Language } from '../validation/messages';
import { messageFor } from '../validation/messages';
import { titleFor } from '../validation/titles';
import type { Severity, Warning, WarningCode } from '../validation/warning';
import type { ScenarioSummary, ScenarioYear } from '../scenarios/summarise';
import type { ScenarioYearFigure, UnknownReason } from '../scenarios/unknown';
import { SCENARIO_FIGURES, unknownReasons } from '../scenarios/unknown';
import type { JsonWhatIf } from './json-what-ifs';
import { whatIfsToJson } from './json-what-ifs';

export interface JsonScenarioYear {
  readonly year: number;
  readonly base: number | null;
  /** null when a member of that status has no cost for the year. */
  readonly ongoing: number | null;
  readonly proposed: number | null;
  readonly impact: number | null;
  /** ongoing + proposed + impact: what the scenario adds over the base; known when they are. */
  readonly overBase: number | null;
  /** base + overBase. */
  readonly total: number | null;
  readonly stated: {
    readonly ongoing: number | null;
    readonly proposed: number | null;
    readonly total: number | null;
  };
  /**
   * Why each unknown figure of the year is unknown, by figure (only the unknown ones; the field
   * only when one is): the cell that makes it so and the warning that says so, if one does.
   */
  readonly unknown?: Readonly<Partial<Record<ScenarioYearFigure, readonly JsonUnknownReason[]>>>;
}

/** One cause of an unknown figure (see `unknownReasons`). */
export interface JsonUnknownReason {
  readonly reason: UnknownReason['reason'];
  readonly sheet: string | null;
  readonly cell: string | null;
  /** The index in `warnings` of the warning that says so; null when none does (`Ej känt`). */
  readonly warning: number | null;
  /** costMissing: how many members have no cost for the year. */
  readonly count?: number;
}

export interface JsonResult {
  /** The unit of every amount: tkr, MSEK or kr. */
  readonly unit: OutputUnit;
  readonly years: readonly number[];
  readonly scenarios: readonly {
    readonly id: string;
    readonly name: string | null;
    readonly netBenefit: number;
    readonly membersWithoutNetBenefit: number;
    readonly statedNetBenefit: number | null;
    readonly members: readonly string[];
    readonly years: readonly JsonScenarioYear[];
  }[];
  readonly drivers: {
    readonly year: number;
    readonly totals: Readonly<Record<AllocationKey, number>>;
    readonly totalChange: number;
    readonly stated: Readonly<Record<string, number>>;
    readonly services: readonly {
      readonly service: string;
      readonly previous: number;
      readonly proposed: number;
      readonly delta: number;
      readonly allocation: Readonly<Record<string, number>>;
      readonly estimated: readonly string[];
    }[];
  } | null;
  readonly warnings: readonly {
    readonly severity: Severity;
    readonly code: WarningCode;
    /** A short phrase saying what the finding is, in the result's language (`The total does not add up`). */
    readonly title: string;
    /** The sentence with the facts, in the result's language. */
    readonly message: string;
    readonly sheet: string | null;
    readonly cell: string | null;
    /** For a name that matched nothing: the closest names, for a person to choose from. */
    readonly suggestions?: readonly string[];
    /** Why each suggestion is offered, in the same order (a service's name: UNKNOWN_SERVICE). */
    readonly suggestionReasons?: readonly CandidateReason[];
  }[];
  readonly tables: readonly TableLocation[];
  /**
   * The what-ifs saved in the workbook (docs/what-if.md): variants a controller tries, not decided
   * scenarios. Added after `tables`, as the contract only ever adds fields.
   */
  readonly whatIfs: readonly JsonWhatIf[];
}

const num = (value: Money): number => toJsonNumber(value);
const numOrNull = (value: Money | null): number | null =>
  value === null ? null : toJsonNumber(value);

/**
 * The result as the JSON contract, with messages in the given language.
 * @example JSON.stringify(toJson(recalculate(grids), 'en'))
 */
export function toJson(result: EngineResult, language: Language): JsonResult {
  const drivers = result.drivers;
  return {
    unit: result.unit,
    years: result.years,
    scenarios: result.scenarios.map((scenario) => ({
      id: scenario.id,
      name: scenario.name,
      netBenefit: num(scenario.netBenefit),
      membersWithoutNetBenefit: scenario.membersWithoutNetBenefit,
      statedNetBenefit: numOrNull(scenario.statedNetBenefit),
      members: scenario.members.map((member) => member.initiative.name.value),
      years: scenario.years.map((year) => ({
        ...knownFigures(year),
        ...unknownField(scenario, year, result.warnings),
      })),
    })),
    drivers:
      drivers === null
        ? null
        : {
            year: drivers.year,
            totals: Object.fromEntries(
              Object.entries(drivers.totals).map(([key, value]) => [key, num(value)]),
            ) as Record<AllocationKey, number>,
            totalChange: num(drivers.totalChange),
            stated: Object.fromEntries(
              [...drivers.stated].map(([key, value]) => [key, num(value)]),
            ),
            services: drivers.services.map((service) => ({
              service: service.service,
              previous: num(service.previous),
              proposed: num(service.proposed),
              delta: num(service.delta),
              allocation: Object.fromEntries(
                [...service.allocation].map(([key, value]) => [key, num(value)]),
              ),
              estimated: service.estimated,
            })),
          },
    warnings: result.warnings.map((warning) => ({
      severity: warning.severity,
      code: warning.code,
      title: titleFor(warning.code, language),
      message: messageFor(warning, language, result.unit),
      sheet: warning.at?.sheet ?? null,
      cell: warning.at?.cell ?? null,
      ...('candidates' in warning && warning.candidates.length > 0
        ? { suggestions: warning.candidates }
        : {}),
      ...('reasons' in warning && warning.reasons.length > 0
        ? { suggestionReasons: warning.reasons }
        : {}),
    })),
    tables: result.tables,
    whatIfs: whatIfsToJson(result.whatIfs, result.warnings),
  };
}

function knownFigures(year: ScenarioYear): Omit<JsonScenarioYear, 'unknown'> {
  return {
    year: year.year,
    base: numOrNull(year.base),
    ongoing: numOrNull(year.ongoing),
    proposed: numOrNull(year.proposed),
    impact: numOrNull(year.impact),
    overBase: numOrNull(year.overBase),
    total: numOrNull(year.total),
    stated: {
      ongoing: numOrNull(year.stated.ongoing),
      proposed: numOrNull(year.stated.proposed),
      total: numOrNull(year.stated.total),
    },
  };
}

/** `{ unknown: { total: [...] } }` for a year with an unknown figure, else nothing. */
function unknownField(
  scenario: ScenarioSummary,
  year: ScenarioYear,
  warnings: readonly Warning[],
): Pick<JsonScenarioYear, 'unknown'> {
  const entries = SCENARIO_FIGURES.flatMap((figure) => {
    const reasons = unknownReasons(scenario, year, figure, warnings);
    return reasons.length === 0 ? [] : [[figure, reasons.map(jsonReason)] as const];
  });
  return entries.length === 0 ? {} : { unknown: Object.fromEntries(entries) };
}

function jsonReason(reason: UnknownReason): JsonUnknownReason {
  return {
    reason: reason.reason,
    sheet: reason.at?.sheet ?? null,
    cell: reason.at?.cell ?? null,
    warning: reason.warning,
    ...(reason.reason === 'costMissing' ? { count: reason.count } : {}),
  };
}
