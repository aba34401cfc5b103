/**
 * The menu of the tabs that did not fit the strip, opened from its "More" button. Loaded on the
 * first click, not with the pane: Fluent's Menu and its positioning cost the pane's first load
 * some 30 KiB gzipped, for a menu most people open seldom.
 */
import { Menu, MenuItem, MenuList, MenuPopover } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface TabMenuProps {
  /** The element the menu opens under: the "More" button. */
  readonly target: HTMLElement | null;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly items: readonly {
    readonly key: string;
    readonly label: ReactNode;
    readonly onClick: () => void;
  }[];
}

export function TabMenu({ target, open, onOpenChange, items }: TabMenuProps) {
  return (
    <Menu
      open={open}
      onOpenChange={(_ev, data) => {
        onOpenChange(data.open);
      }}
      positioning={{ target, position: 'below', align: 'end' }}
    >
      <MenuPopover>
        <MenuList>
          {items.map((item) => (
            <MenuItem key={item.key} onClick={item.onClick}>
              {item.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
