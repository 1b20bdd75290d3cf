import { api } from '../api/api';

/**
 * Follows the store's writes (by this page, another browser, another server instance or a
 * command-line import) with the `/api/changes` long poll: the server answers as soon as the
 * store's position moves on (or after 25 s with the same position), and `onChange` runs for each
 * move. It is not pending work: automation's `settled()` does not wait for the next write.
 */

/** The wait before asking again after a failed request (the server restarting, the network gone). */
const RETRY_MS = 2_000;

export function followChanges(onChange: () => void): void {
  let position: string | null = null;
  const poll = async (): Promise<void> => {
    for (;;) {
      try {
        const answer = await api.changes(position);
        if (position !== null && answer.position !== position) onChange();
        position = answer.position;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  };
  void poll();
}
