/**
 * The diagnostic line's host description, filled in once the helpers' chunk has loaded; null
 * until then, or if it cannot load (the line is a diagnostic, never a reason to fail the pane).
 */
import { useEffect, useState } from 'react';
import { describeHost } from './office-helpers';

export function useHostDescription(): string | null {
  const [host, setHost] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    describeHost().then(
      (text) => {
        if (live) setHost(text);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return host;
}
