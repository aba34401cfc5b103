/**
 * The Fluent theme that matches Office's: dark for Office's Black and Dark Gray themes, light for
 * the others and wherever Office does not say.
 */
import type { Theme } from '@fluentui/react-components';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';

/** What the pane reads of `Office.context.officeTheme`; older hosts give only the colours. */
export interface OfficeThemeHint {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

export function themeFor(office: OfficeThemeHint | undefined): Theme {
  const dark =
    typeof office?.isDarkTheme === 'boolean'
      ? office.isDarkTheme
      : isDarkColour(office?.bodyBackgroundColor);
  return dark ? webDarkTheme : webLightTheme;
}

/**
 * Whether a '#RRGGBB' colour is dark: relative luminance (Rec. 709 weights) under one half.
 * @example isDarkColour('#262626') → true; isDarkColour('#FFFFFF') → false; isDarkColour('') → false
 */
export function isDarkColour(colour: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  if (match === null) return false;
  const channel = (hex: string | undefined): number => parseInt(hex ?? '0', 16) / 255;
  return 0.2126 * channel(match[1]) + 0.7152 * channel(match[2]) + 0.0722 * channel(match[3]) < 0.5;
}
