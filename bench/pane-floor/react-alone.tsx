/* Floor page: React 19 by itself rendering one button (no Fluent, no app code). The pane bench
 * opens it exactly as it opens the pane, to show what the framework alone costs at start-up. */
import { createRoot } from "react-dom/client";

document.documentElement.classList.add("dvk-started");
createRoot(document.getElementById("root") as HTMLElement).render(
  <div>
    <h1>DVK – Dân vận khéo</h1>
    <button type="button" data-testid="insert-templates">
      Chèn mẫu
    </button>
  </div>,
);
