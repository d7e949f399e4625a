// A worker thread of the CLI's parallel parse: parses each chunk of files it is sent and answers with
// their summaries (plain data: documents' values, kinds, ids, offsets, and the parse problems).

import { parentPort } from 'node:worker_threads';
import { parseFile, summarizeParsed } from '../core';

parentPort?.on('message', ({ id, files }: { id: number; files: Array<{ path: string; text: string }> }) => {
  parentPort?.postMessage({ id, summaries: files.map(({ path, text }) => summarizeParsed(parseFile(path, text))) });
});
