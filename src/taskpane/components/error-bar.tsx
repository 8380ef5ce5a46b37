import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ui } from "../strings";

/** Shows an error returned by an adapter; never swallowed. */
export function ErrorBar({ error }: { error: unknown }) {
  if (!error) return null;
  const text = error instanceof Error ? error.message : String(error);
  return (
    <MessageBar intent="error" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{ui.errors.title}</MessageBarTitle>
        {text || ui.errors.generic}
      </MessageBarBody>
    </MessageBar>
  );
}
