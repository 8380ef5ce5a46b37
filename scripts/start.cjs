#!/usr/bin/env node
/* `npm start`.
 * - Windows / macOS with desktop Office: sideloads into Excel with office-addin-debugging
 *   (dev server over HTTPS with the Office dev certificates).
 * - Anywhere else (Linux, CI, no Office), or `npm start -- --preview`: serves the add-in on
 *   http://localhost:3000, opens the browser preview when it can, and prints how to sideload into
 *   Excel on the web. */
const { spawn, spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const wantPreview =
  process.argv.includes("--preview") || process.env.DVK_PREVIEW === "1";
const desktop =
  (process.platform === "win32" || process.platform === "darwin") &&
  !wantPreview;
const bin = (name) =>
  path.join(
    root,
    "node_modules",
    ".bin",
    process.platform === "win32" ? `${name}.cmd` : name,
  );

function sideload() {
  const app = process.argv.includes("--word") ? "word" : "excel";
  console.log(
    `Đang nạp DVK vào ${app === "word" ? "Word" : "Excel"} (office-addin-debugging)…`,
  );
  const r = spawnSync(
    bin("office-addin-debugging"),
    ["start", "manifest.xml", "desktop", "--app", app],
    {
      cwd: root,
      stdio: "inherit",
      shell: process.platform === "win32",
    },
  );
  if (r.status === 0) return true;
  console.log(
    "\nKhông nạp được vào Office trên máy này; chuyển sang chế độ xem thử trong trình duyệt.\n",
  );
  return false;
}

function openBrowser(url) {
  const opener =
    process.platform === "win32"
      ? "start"
      : process.platform === "darwin"
        ? "open"
        : "xdg-open";
  if (
    process.platform === "linux" &&
    !process.env.DISPLAY &&
    !process.env.WAYLAND_DISPLAY
  )
    return false;
  try {
    const child = spawn(opener, [url], {
      stdio: "ignore",
      detached: true,
      shell: process.platform === "win32",
    });
    child.on("error", () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}

function preview() {
  const url = `http://localhost:${port}/taskpane.html`;
  const server = spawn(bin("webpack"), ["serve", "--mode", "development"], {
    cwd: root,
    env: { ...process.env, DVK_HTTP: "1" },
    stdio: ["ignore", "pipe", "inherit"],
    shell: process.platform === "win32",
  });
  let announced = false;
  server.stdout.on("data", (chunk) => {
    const text = chunk.toString();
    if (process.env.DVK_VERBOSE) process.stdout.write(text);
    if (!announced && /compiled/i.test(text)) {
      announced = true;
      const opened = openBrowser(url);
      console.log(
        [
          "",
          "DVK – Dân vận khéo đang chạy ở chế độ xem thử (không có Office).",
          `  Ngăn Excel (sổ tính trong bộ nhớ): ${url}`,
          `  Ngăn Word:                         ${url}?host=word`,
          opened
            ? "  (đã mở trình duyệt)"
            : "  Mở địa chỉ trên trong trình duyệt.",
          "",
          "Chạy cả quy trình trên dữ liệu mẫu, không cần Office:  npm run demo",
          "",
          "Nạp vào Excel trên web (cần HTTPS):",
          "  1. npx office-addin-dev-certs install     (tin cậy chứng chỉ localhost, một lần)",
          "  2. npm run dev-server                     (phục vụ https://localhost:3000)",
          "  3. Excel trên web → Trang đầu → Phần bổ trợ → Thêm phần bổ trợ → Tải lên phần bổ trợ của tôi → chọn manifest.xml",
          "",
          "Dừng: Ctrl+C",
        ].join("\n"),
      );
    }
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

if (!desktop || !sideload()) preview();
