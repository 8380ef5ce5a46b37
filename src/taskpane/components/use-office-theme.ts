import * as React from "react";
import { officeTheme, type HostContext, type ThemeKind } from "../host";

/** The theme to render: the host's at start, then follows Office theme changes where Office
 *  reports them (OfficeThemeChanged), or the system colour scheme in the preview. */
export function useOfficeTheme(host: HostContext): ThemeKind {
  const [theme, setTheme] = React.useState<ThemeKind>(host.theme);
  React.useEffect(() => {
    if (host.kind === "preview") {
      const mq = window.matchMedia?.("(prefers-color-scheme: dark)");
      if (!mq || new URLSearchParams(window.location.search).has("theme"))
        return;
      const onChange = () => setTheme(mq.matches ? "dark" : "light");
      mq.addEventListener("change", onChange);
      return () => mq.removeEventListener("change", onChange);
    }
    const doc = Office.context?.document;
    const type = Office.EventType?.OfficeThemeChanged;
    if (!doc?.addHandlerAsync || !type) return;
    const handler = () => setTheme(officeTheme(Office));
    doc.addHandlerAsync(type, handler);
    return () => doc.removeHandlerAsync?.(type, { handler });
  }, [host]);
  return theme;
}
