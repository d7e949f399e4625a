// The process's stdout and stderr as the CLI's outputs. A reader that goes away early (`mops rules | head -2`)
// closes the pipe: the rest of the output is dropped quietly and the command ends as it would have, where node
// would crash with an unhandled EPIPE. Any other failure to write (a full disk behind `>`) is no success.

import type { Output } from './io';

/** The errors of a write to a reader that has gone: nothing more can be shown, and nothing is wrong. */
const GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ECONNRESET']);

export interface ProcessOutputs {
  stdout: Output;
  stderr: Output;
  /** Whether a write failed for a reason other than the reader going away. */
  failed(): boolean;
}

export function processOutputs(stdout: NodeJS.WriteStream, stderr: NodeJS.WriteStream): ProcessOutputs {
  let failure = false;
  const wrap = (stream: NodeJS.WriteStream, name: string): Output => {
    let closed = false;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      closed = true;
      if (GONE.has(error.code ?? '')) return;
      failure = true;
      process.exitCode = 2;
      if (stream !== stderr && !stderr.destroyed) stderr.write(`mops: could not write to ${name}: ${error.message}\n`);
    });
    return {
      isTTY: stream.isTTY,
      write(text: string) {
        if (closed || stream.destroyed) return false;
        return stream.write(text);
      },
    };
  };
  return { stdout: wrap(stdout, 'stdout'), stderr: wrap(stderr, 'stderr'), failed: () => failure };
}
