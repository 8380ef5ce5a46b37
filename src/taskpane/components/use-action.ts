import * as React from "react";

/** Busy and error state of a page's actions: `run` marks the page busy, clears the last error,
 *  and keeps the error of a failed action for the ErrorBar (never swallowed). */
export function useAction(): {
  readonly busy: boolean;
  readonly error: unknown;
  readonly run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
} {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>(null);
  const run = React.useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await action();
      } catch (e) {
        setError(e);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [],
  );
  return { busy, error, run };
}
