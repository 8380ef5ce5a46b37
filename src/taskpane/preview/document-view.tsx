import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { ui } from "../strings";
import type { ViewBlock, ViewRun } from "./docx-view";
import type { MemoryDocument } from "./memory-document";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, flexGrow: 1, padding: tokens.spacingHorizontalS, gap: tokens.spacingVerticalS },
  scroller: { overflow: "auto", flexGrow: 1, background: tokens.colorNeutralBackground3, padding: tokens.spacingHorizontalM },
  page: {
    background: "#ffffff",
    color: "#000000",
    maxWidth: "794px",
    margin: "0 auto",
    padding: "48px 40px 48px 64px",
    boxShadow: tokens.shadow4,
    fontFamily: "'Times New Roman', 'Liberation Serif', serif",
    fontSize: "15px",
    lineHeight: 1.35,
  },
  p: { margin: "0 0 4px 0", minHeight: "1em", whiteSpace: "pre-wrap" },
  table: { borderCollapse: "collapse", width: "100%", margin: "4px 0" },
  cell: { verticalAlign: "top", padding: "2px 4px" },
  bordered: { border: "1px solid #000000" },
  field: { background: "#dbeafe", borderBottom: "1px dotted #1d4ed8" },
  prompt: { background: "#fff3a0" },
  empty: { color: tokens.colorNeutralForeground3 },
});

function Runs({ runs }: { runs: readonly ViewRun[] }) {
  const styles = useStyles();
  return (
    <>
      {runs.map((r, i) => (
        <span
          key={i}
          className={mergeClasses(r.field !== undefined && styles.field, r.highlight && r.field === undefined && styles.prompt)}
          style={{ fontWeight: r.bold ? 700 : undefined, fontStyle: r.italic ? "italic" : undefined }}
          data-field={r.field}
          title={r.field ? `dvk:${r.field}` : undefined}
        >
          {r.text}
        </span>
      ))}
    </>
  );
}

function Blocks({ blocks }: { blocks: readonly ViewBlock[] }) {
  const styles = useStyles();
  return (
    <>
      {blocks.map((b, i) =>
        b.kind === "paragraph" ? (
          <p key={i} className={styles.p} style={{ textAlign: b.align }}>
            <Runs runs={b.runs} />
          </p>
        ) : (
          <table key={i} className={styles.table}>
            <tbody>
              {b.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} className={mergeClasses(styles.cell, b.bordered && styles.bordered)}>
                      <Blocks blocks={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
    </>
  );
}

/** The preview's Word document: the draft as it would read in Word, linked figures shaded. */
export function DocumentView({ document }: { document: MemoryDocument }) {
  const styles = useStyles();
  const [, setVersion] = React.useState(0);
  React.useEffect(() => {
    document.onChange = () => setVersion((v) => v + 1);
    return () => {
      document.onChange = null;
    };
  }, [document]);
  return (
    <div className={styles.root}>
      <Text as="h2" size={300} weight="semibold">
        {ui.preview.documentTitle}
      </Text>
      {document.blocks.length ? (
        <div className={styles.scroller} tabIndex={0} role="region" aria-label={ui.preview.documentTitle}>
          <article className={styles.page} data-testid="document">
            <Blocks blocks={document.blocks} />
          </article>
        </div>
      ) : (
        <Text className={styles.empty} data-testid="document-empty">
          {ui.preview.emptyDocument}
        </Text>
      )}
    </div>
  );
}
