// `mops/idle` (src/lsp/protocol.ts): answered when the server has nothing left to do for what it has been sent
// so far. A client's tests and commands wait on it ("check, then read the diagnostics") instead of sleeping.

import { guard, type Feature } from './context';
import { IDLE_REQUEST, type IdleParams } from './protocol';

/** Rounds of settling: applying file events can queue diagnostics, a publish can follow a reload. */
const ROUNDS = 4;

export const idle: Feature = {
  register(context) {
    const { connection, playbooks, documents } = context;
    connection.onRequest(
      IDLE_REQUEST,
      guard(context, IDLE_REQUEST, null, async (params: IdleParams | undefined) => {
        await playbooks.ready;
        for (let round = 0; round < ROUNDS; round++) {
          await documents.settled();
          for (const settle of context.settlers) await settle();
          await playbooks.ready; // a config change restarts the load
        }
        const marker = params?.marker;
        if (typeof marker === 'string' && /^mops-idle:/.test(marker)) await connection.sendDiagnostics({ uri: marker, diagnostics: [] });
        return null;
      }),
    );
  },
};
