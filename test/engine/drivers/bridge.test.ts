import type { AllocationKey, BridgeBar, Money } from '../../../src/engine';
import { bridgeAxisMin, bridgeInputFromJson, driverBridge, stackedBar } from '../../../src/engine';
import { moneyFromNumber } from '../../../src/engine/money';

const m = moneyFromNumber;
const totals = (values: Partial<Record<AllocationKey, number>>): Record<AllocationKey, Money> => ({
  'Ny leverans': m(values['Ny leverans'] ?? 0),
  'Utveckling tjänst': m(values['Utveckling tjänst'] ?? 0),
  Volymer: m(values.Volymer ?? 0),
  'Projekt avslutas': m(values['Projekt avslutas'] ?? 0),
  Unallocated: m(values.Unallocated ?? 0),
});
const plain = (bar: BridgeBar) => ({
  key: bar.key,
  kind: bar.kind,
  from: bar.from.valueOf(),
  to: bar.to.valueOf(),
});
const stackedNumbers = (bar: BridgeBar) =>
  Object.fromEntries(Object.entries(stackedBar(bar)).map(([k, v]) => [k, (v as Money).valueOf()]));

describe('the driver bridge', () => {
  it('runs from the budget through each driver and the unallocated rest to the proposal', () => {
    const bars = driverBridge({
      previous: m(1000),
      proposal: m(1070),
      totals: totals({ 'Ny leverans': 100, 'Projekt avslutas': -40, Unallocated: 10 }),
    });
    expect(bars.map(plain)).toEqual([
      { key: 'budget', kind: 'ends', from: 0, to: 1000 },
      { key: 'Ny leverans', kind: 'up', from: 1000, to: 1100 },
      { key: 'Utveckling tjänst', kind: 'up', from: 1100, to: 1100 },
      { key: 'Volymer', kind: 'up', from: 1100, to: 1100 },
      { key: 'Projekt avslutas', kind: 'down', from: 1100, to: 1060 },
      { key: 'Unallocated', kind: 'up', from: 1060, to: 1070 },
      { key: 'proposal', kind: 'ends', from: 0, to: 1070 },
    ]);
  });

  it('adds its levels exactly, from the JSON result’s rounded numbers too', () => {
    const input = bridgeInputFromJson({
      totals: {
        'Ny leverans': 0.1,
        'Utveckling tjänst': 0.2,
        Volymer: 0,
        'Projekt avslutas': 0,
        Unallocated: 0,
      },
      services: [
        { previous: 0.1, proposed: 0.2 },
        { previous: 0.2, proposed: 0.4 },
      ],
    });
    const bars = driverBridge(input);
    // 0.3 + 0.1 + 0.2 is 0.6 exactly, as the proposal is: no float drift between the last two.
    expect(bars.at(-2)?.to.equals(bars.at(-1)?.to ?? m(-1))).toBe(true);
    expect(bars.at(-1)?.to.toString()).toBe('0.6');
  });

  describe('as stacked columns', () => {
    it('stands a bar above zero on an invisible base its lower level high', () => {
      const [, rise, , , fall] = driverBridge({
        previous: m(1000),
        proposal: m(1060),
        totals: totals({ 'Ny leverans': 100, 'Projekt avslutas': -40 }),
      });
      expect(rise && stackedNumbers(rise)).toEqual({
        base: 1000,
        ends: 0,
        up: 100,
        down: 0,
        upBelow: 0,
        downBelow: 0,
      });
      expect(fall && stackedNumbers(fall)).toEqual({
        base: 1060,
        ends: 0,
        up: 0,
        down: 40,
        upBelow: 0,
        downBelow: 0,
      });
    });

    it('splits a bar that crosses zero into a part above it and a part below, on no base', () => {
      // 100 − 150 = −50, then +80 back to 30: both drivers' bars cross zero.
      const bars = driverBridge({
        previous: m(100),
        proposal: m(30),
        totals: totals({ 'Projekt avslutas': -150, Unallocated: 80 }),
      });
      const fall = bars.find((bar) => bar.key === 'Projekt avslutas');
      const rise = bars.find((bar) => bar.key === 'Unallocated');
      // Stacked, an invisible −50 under a visible 150 would draw 0 to 150: the bug this fixes.
      expect(fall && stackedNumbers(fall)).toEqual({
        base: 0,
        ends: 0,
        up: 0,
        down: 100,
        upBelow: 0,
        downBelow: -50,
      });
      expect(rise && stackedNumbers(rise)).toEqual({
        base: 0,
        ends: 0,
        up: 30,
        down: 0,
        upBelow: -50,
        downBelow: 0,
      });
      // What the piles draw spans the bar: from its low level to its high one.
      for (const bar of [fall, rise]) {
        const s = bar === undefined ? null : stackedBar(bar);
        const low = Math.min(bar?.from.valueOf() ?? 0, bar?.to.valueOf() ?? 0);
        const high = Math.max(bar?.from.valueOf() ?? 0, bar?.to.valueOf() ?? 0);
        expect(s && s.base.add(s.up).add(s.down).valueOf()).toBe(high);
        expect(s && s.upBelow.add(s.downBelow).valueOf()).toBe(low);
      }
    });

    it('hangs a bar wholly below zero under an invisible base at its upper level', () => {
      const bars = driverBridge({
        previous: m(-100),
        proposal: m(-130),
        totals: totals({ Volymer: -30 }),
      });
      const fall = bars.find((bar) => bar.key === 'Volymer');
      expect(fall && stackedNumbers(fall)).toEqual({
        base: -100,
        ends: 0,
        up: 0,
        down: 0,
        upBelow: 0,
        downBelow: -30,
      });
    });
  });

  describe('its axis', () => {
    it('starts at a round figure below the lowest level, so the drivers are not slivers', () => {
      const bars = driverBridge({
        previous: m(1_088_976),
        proposal: m(1_191_221),
        totals: totals({ 'Ny leverans': 40_994.5, 'Utveckling tjänst': 48_750, Volymer: 12_500.5 }),
      });
      // Half the bridge's span below its lowest level (1 088 976), down to a whole 100 000.
      expect(bridgeAxisMin(bars)).toBe(1_000_000);
    });

    it('starts at zero when the bridge reaches zero or below', () => {
      const bars = driverBridge({
        previous: m(100),
        proposal: m(30),
        totals: totals({ 'Projekt avslutas': -150, Unallocated: 80 }),
      });
      expect(bridgeAxisMin(bars)).toBeNull();
    });
  });
});
