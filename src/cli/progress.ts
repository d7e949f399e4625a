// Progress on stderr for long runs, only when stderr is a terminal (never mixed into stdout formats).

import type { Output } from './io';

export function progressReporter(stderr: Output, label: string, minimum = 200): (done: number, total: number) => void {
  if (!stderr.isTTY) return () => undefined;
  let last = 0;
  return (done, total) => {
    if (total < minimum) return;
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    stderr.write(done < total ? `\r${label} ${done}/${total} files…` : '\r\u001b[K');
  };
}
