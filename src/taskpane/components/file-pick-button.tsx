import { Button } from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import * as React from "react";

/** A button that opens the file chooser (the input itself stays hidden and out of the tab
 *  order); the file picked goes to `onPick`, and picking the same file again works. */
export function FilePickButton({
  label,
  accept,
  disabled,
  onPick,
  testId,
}: {
  readonly label: string;
  readonly accept: string;
  readonly disabled: boolean;
  readonly onPick: (file: File) => void;
  readonly testId: string;
}) {
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={<DocumentArrowUpRegular />} disabled={disabled} onClick={() => input.current?.click()} data-testid={testId}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid={`${testId}-input`}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          if (f) onPick(f);
        }}
      />
    </>
  );
}
