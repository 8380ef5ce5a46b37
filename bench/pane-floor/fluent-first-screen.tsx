/* Floor page: the pane's first screen built from Fluent UI alone — provider and theme, the header,
 * the three tabs, one checkbox per template and the primary button — with none of the app's own
 * code (no host detection, no workbook read, no lazy pages). What React and Fluent cost before
 * the pane does anything of its own. */
import {
  Button,
  Checkbox,
  FluentProvider,
  Tab,
  TabList,
  Text,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { TEMPLATE_CHOICES } from "../../src/taskpane/pages/template-choices";

document.documentElement.classList.add("dvk-started");
const dark = matchMedia("(prefers-color-scheme: dark)").matches;
createRoot(document.getElementById("root") as HTMLElement).render(
  <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
    <Text as="h1" weight="semibold" size={400}>
      DVK – Dân vận khéo
    </Text>
    <TabList selectedValue="templates">
      <Tab value="templates">Mẫu biểu</Tab>
      <Tab value="checks">Kiểm tra</Tab>
      <Tab value="report">Báo cáo</Tab>
    </TabList>
    {TEMPLATE_CHOICES.map((t) => (
      <div key={t.id}>
        <Checkbox label={t.name} defaultChecked />
      </div>
    ))}
    <Button appearance="primary" data-testid="insert-templates">
      Chèn mẫu
    </Button>
  </FluentProvider>,
);
