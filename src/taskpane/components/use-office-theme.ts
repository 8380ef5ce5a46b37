import * as React from "react";
import {
  followOfficeTheme,
  officeTheme,
  type HostContext,
  type ThemeKind,
} from "../host";

/** The theme to render: the host's at start, then `Office.context.officeTheme` read again when
 *  the pane comes back into view or focus (Excel and Word raise no theme event), or the system
 *  colour scheme in the preview. */
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
    return followOfficeTheme(
      window,
      document,
      () => officeTheme(Office),
      setTheme,
    );
  }, [host]);
  return theme;
}
