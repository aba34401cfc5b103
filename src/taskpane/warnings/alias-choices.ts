/**
 * Which suggestions of the engine's result the validations tab can offer as aliases: the suggested
 * services with an alias cell, and what adding one writes there. In the tab's own chunk: most
 * openings of the pane never need it.
 */
import type { EngineResult } from '../../engine';
import type { AliasChoice } from '../use-workspace';

/** For each UNKNOWN_SERVICE warning, the suggested services that have an alias cell to write. */
export function aliasChoicesOf(
  result: EngineResult | null,
): ReadonlyMap<number, readonly AliasChoice[]> {
  const choices = new Map<number, AliasChoice[]>();
  result?.warnings.forEach((warning, index) => {
    if (warning.code !== 'UNKNOWN_SERVICE') return;
    const offered = warning.candidates.flatMap((name, i): AliasChoice[] => {
      const service = result.services.find((s) => s.name === name);
      const reason = warning.reasons[i];
      if (service?.aliasAt === null || service === undefined || reason === undefined) return [];
      return [
        {
          service: name,
          alias: warning.name,
          reason,
          at: service.aliasAt,
          text: [...service.aliases, warning.name].join('; '),
        },
      ];
    });
    if (offered.length > 0) choices.set(index, offered);
  });
  return choices;
}
