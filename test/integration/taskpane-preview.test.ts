import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import type { Browser } from "playwright-core";
import { launch, openPage } from "../support/browser";
import { artifactsDir, requireDist } from "../support/dist";
import { serveDir } from "../support/static-server";
import { requireTool } from "../support/tools";

const expect_ = expect;

const haveChromium = requireTool("chromium");
const d = haveChromium ? describe : describe.skip;

d("task pane in the browser preview (Chromium)", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDir>>;
  beforeAll(async () => {
    server = await serveDir(requireDist());
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("starts with no Office, shows the Excel navigation in Vietnamese and every page", async () => {
    const { page, errors } = await openPage(
      browser,
      `${server.url}/taskpane.html`,
    );
    await page.getByTestId("preview-banner").waitFor();
    expect(await page.getByTestId("host-kind").textContent()).toBe(
      "Xem thử (không có Office)",
    );
    const tabs = page.getByRole("tab");
    const pane = page.getByTestId("task-pane");
    expect(await pane.getByRole("tab").allInnerTexts()).toEqual([
      "Mẫu biểu",
      "Kiểm tra",
      "Báo cáo",
    ]);
    expect(await page.getByTestId("no-sheets").textContent()).toBe(
      "Chưa có sheet nào.",
    );
    await page.screenshot({
      path: join(artifactsDir(), "preview-mau-bieu.png"),
    });
    for (const [id, text] of [
      ["checks", "Kiểm tra toàn bộ sổ"],
      ["report", "Soạn bản nháp báo cáo"],
      ["templates", "Chèn các sheet mẫu"],
    ] as const) {
      await page.getByTestId(`nav-${id}`).click();
      await page.getByTestId(`page-${id}`).waitFor();
      expect(await page.getByTestId(`page-${id}`).textContent()).toContain(
        text,
      );
      await page.screenshot({
        path: join(artifactsDir(), `preview-${id}.png`),
      });
    }
    expect(await tabs.count()).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
  });

  test("Mẫu biểu: inserts the templates and the sample school into the in-memory workbook", async () => {
    const { page, errors } = await openPage(
      browser,
      `${server.url}/taskpane.html`,
    );
    await page.getByTestId("insert-sample").click();
    await page.getByTestId("insert-outcomes").waitFor();
    const outcomes = await page.getByTestId("insert-outcomes").innerText();
    expect(outcomes).toContain("Đã thêm sheet “Sổ tài trợ”.");
    expect(await page.getByTestId("sheet-list").locator("li").count()).toBe(8);
    await page.getByRole("tab", { name: "Sổ tài trợ" }).click();
    const grid = page.getByTestId("grid");
    await expect_(grid.getAttribute("data-sheet")).resolves.toBe("Sổ tài trợ");
    expect(await grid.locator('[data-cell="C4"]').innerText()).toBe(
      "Gia đình chú Minh (Cần Thơ)",
    );
    expect(await grid.locator('[data-cell="I13"]').innerText()).toBe("3.28");
    expect(await grid.locator('[data-cell="J4"]').innerText()).toBe(
      "1.800.000",
    );
    await page.screenshot({
      path: join(artifactsDir(), "preview-mau-bieu-du-lieu.png"),
    });
    // Running it again changes nothing and says so.
    await page.getByTestId("insert-sample").click();
    await page
      .getByText("Sheet “Sổ tài trợ” đã có mẫu và dữ liệu; giữ nguyên.")
      .waitFor();
    expect(errors).toEqual([]);
  });

  test("Kiểm tra: runs every rule on the sample, a click selects the cell, findings go to a sheet", async () => {
    const { page, errors } = await openPage(
      browser,
      `${server.url}/taskpane.html`,
    );
    await page.getByTestId("insert-sample").click();
    await page.getByTestId("insert-outcomes").waitFor();
    await page.getByTestId("nav-checks").click();
    await page.getByTestId("run-checks").click();
    await page.getByTestId("check-counts").waitFor();
    expect(await page.getByTestId("check-counts").innerText()).toMatch(
      /1 lỗi\s*1 cảnh báo\s*1 thông tin/,
    );
    const finding = page.locator(
      '[data-testid="findings"] button[data-cell="I13"]',
    );
    expect(await finding.innerText()).toContain("“3.28” không rõ nghĩa");
    await finding.click();
    await page
      .locator('[data-testid="grid"][data-sheet="Sổ tài trợ"]')
      .waitFor();
    expect(
      await page.locator('td[data-cell="I13"]').getAttribute("data-selected"),
    ).toBe("true");
    await page.screenshot({
      path: join(artifactsDir(), "preview-kiem-tra.png"),
    });
    await page.getByTestId("write-findings").click();
    await page
      .getByText("Đã ghi 3 kết quả vào sheet “Kết quả kiểm tra”.")
      .waitFor();
    await page
      .locator('[data-testid="grid"][data-sheet="Kết quả kiểm tra"]')
      .waitFor();
    await page.screenshot({
      path: join(artifactsDir(), "preview-ket-qua-kiem-tra.png"),
    });
    expect(errors).toEqual([]);
  });

  test("Báo cáo: outline, .docx download, hand-off to the Word pane, draft from the package", async () => {
    const { page, errors } = await openPage(browser, `${server.url}/taskpane.html`);
    await page.getByTestId("insert-sample").click();
    await page.getByTestId("insert-outcomes").waitFor();
    await page.getByTestId("nav-report").click();
    await page.getByTestId("show-outline").click();
    await page.getByTestId("report-lines").waitFor();
    expect(await page.getByTestId("report-lines").innerText()).toContain("2. Kết quả thực hiện mô hình");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-docx").click()]);
    expect(download.suggestedFilename()).toBe("ket-qua-mo-hinh.docx");
    const file = join(artifactsDir(), "preview-ket-qua-mo-hinh.docx");
    await download.saveAs(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(await zip.file("word/document.xml")!.async("string")).toContain('<w:tag w:val="dvk:donations.total"/>');
    await page.getByTestId("send-to-word").click();
    await page.getByText("Đã gửi số liệu sang Word.", { exact: false }).waitFor();
    await page.screenshot({ path: join(artifactsDir(), "preview-bao-cao.png") });
    // The Word pane of the same browser takes the package and drafts a report from it.
    await page.goto(`${server.url}/word.html`);
    await page.getByTestId("take-package").click();
    await page.getByTestId("report-source").getByText("Sổ Excel đang mở", { exact: false }).waitFor();
    const [draft] = await Promise.all([page.waitForEvent("download"), page.getByTestId("create-draft").click()]);
    expect(draft.suggestedFilename()).toBe("ket-qua-mo-hinh.docx");
    await page.screenshot({ path: join(artifactsDir(), "preview-word-bao-cao.png") });
    expect(errors).toEqual([]);
  });

  test("the Word page (word.html) offers only the report area", async () => {
    const { page, errors } = await openPage(browser, `${server.url}/word.html`);
    await page.getByTestId("preview-banner").waitFor();
    expect(
      await page.getByTestId("task-pane").getByRole("tab").allInnerTexts(),
    ).toEqual(["Báo cáo"]);
    expect(await page.getByTestId("page-report").textContent()).toContain(
      "Tạo bản nháp báo cáo từ sổ Excel",
    );
    await page.screenshot({ path: join(artifactsDir(), "preview-word.png") });
    expect(errors).toEqual([]);
  });

  test("follows a dark theme", async () => {
    const { page } = await openPage(
      browser,
      `${server.url}/taskpane.html?theme=dark`,
    );
    await page.getByTestId("preview-banner").waitFor();
    expect(await page.locator("[data-theme]").getAttribute("data-theme")).toBe(
      "dark",
    );
  });
});
