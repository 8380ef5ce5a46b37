#!/usr/bin/env node
/* `npm start`.
 * - Windows / macOS with desktop Office: sideloads into Excel with office-addin-debugging
 *   (dev server over HTTPS with the Office dev certificates, on the manifest's port 3000).
 * - Anywhere else (Linux, CI, no Office), or `npm start -- --preview`: serves the add-in on
 *   http://localhost:3000 — or the next free port when 3000 is taken — opens the browser preview
 *   when there is a display (`--no-open` never opens it), and prints the URLs and how to sideload
 *   into Excel on the web. Works on a fresh clone: the dev server keeps its build in memory. */
const { spawn, spawnSync } = require("child_process");
const net = require("net");
const path = require("path");

const root = path.join(__dirname, "..");
const basePort = Number(process.env.npm_package_config_dev_server_port || 3000);
const args = process.argv.slice(2);
const wantPreview = args.includes("--preview") || process.env.DVK_PREVIEW === "1";
const noOpen = args.includes("--no-open") || process.env.DVK_NO_OPEN === "1";
const desktop = (process.platform === "win32" || process.platform === "darwin") && !wantPreview;
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

/** Whether nothing listens on `port` on the loopback interface the dev server uses. */
function portFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "localhost", () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `from`, trying a few; null when all are taken. */
async function freePort(from, tries = 20) {
  for (let p = from; p < from + tries; p++) if (await portFree(p)) return p;
  return null;
}

async function sideload() {
  const app = args.includes("--word") ? "word" : "excel";
  if (!(await portFree(basePort))) {
    console.log(
      `Cổng ${basePort} đang được một chương trình khác dùng, mà Office nạp DVK từ https://localhost:${basePort}/ ` +
        `(ghi trong manifest.xml). Hãy đóng chương trình đó (hoặc chạy “npm stop”) rồi chạy lại “npm start”.\n` +
        `Chỉ muốn xem thử trong trình duyệt: npm start -- --preview`,
    );
    process.exit(1);
  }
  console.log(`Đang nạp DVK vào ${app === "word" ? "Word" : "Excel"} (office-addin-debugging)…`);
  const r = spawnSync(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop", "--app", app], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (r.status === 0) return true;
  console.log("\nKhông nạp được vào Office trên máy này; chuyển sang chế độ xem thử trong trình duyệt.\n");
  return false;
}

function openBrowser(url) {
  if (noOpen) return false;
  const opener = process.platform === "win32" ? "start" : process.platform === "darwin" ? "open" : "xdg-open";
  if (process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return false;
  try {
    const child = spawn(opener, [url], { stdio: "ignore", detached: true, shell: process.platform === "win32" });
    child.on("error", () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}

function banner(port, opened) {
  const url = `http://localhost:${port}/taskpane.html`;
  return [
    "",
    "DVK – Dân vận khéo đang chạy ở chế độ xem thử (không có Office).",
    port !== basePort ? `  (cổng ${basePort} đang bận nên dùng cổng ${port})` : null,
    `  Ngăn Excel (sổ tính trong bộ nhớ): ${url}`,
    `  Ngăn Word:                         http://localhost:${port}/word.html`,
    opened ? "  (đã mở trình duyệt)" : "  Mở địa chỉ trên trong trình duyệt.",
    "",
    "Chạy cả quy trình trên dữ liệu mẫu, không cần Office:  npm run demo",
    "",
    "Nạp vào Excel trên web (cần HTTPS, cổng 3000):",
    "  1. npx office-addin-dev-certs install     (tin cậy chứng chỉ localhost, một lần)",
    "  2. npm run dev-server                     (phục vụ https://localhost:3000)",
    "  3. Excel trên web → Trang đầu → Phần bổ trợ → Thêm phần bổ trợ → Tải lên phần bổ trợ của tôi → chọn manifest.xml",
    "",
    "Dừng: Ctrl+C",
  ]
    .filter((line) => line !== null)
    .join("\n");
}

async function preview() {
  const port = await freePort(basePort);
  if (port === null) {
    console.log(`Không tìm được cổng trống từ ${basePort} đến ${basePort + 19}. Hãy đóng bớt chương trình đang dùng các cổng đó rồi chạy lại.`);
    process.exit(1);
  }
  console.log(`Đang dựng DVK lần đầu (webpack, khoảng một phút)…`);
  const server = spawn(bin("webpack"), ["serve", "--mode", "development"], {
    cwd: root,
    env: { ...process.env, DVK_HTTP: "1", DVK_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    shell: process.platform === "win32",
  });
  let announced = false;
  let log = "";
  const onOutput = (chunk) => {
    const text = chunk.toString();
    if (process.env.DVK_VERBOSE) process.stdout.write(text);
    if (!announced) log = (log + text).slice(-20000);
    if (!announced && /compiled successfully/i.test(text)) {
      announced = true;
      console.log(banner(port, openBrowser(`http://localhost:${port}/taskpane.html`)));
    } else if (!announced && /compiled with \d+ errors?/i.test(text)) {
      announced = true;
      console.log(`Dựng DVK bị lỗi (webpack); chi tiết:\n${log}`);
    }
  };
  server.stdout.on("data", onOutput);
  server.stderr.on("data", onOutput);
  let stopping = false;
  const stop = () => {
    stopping = true;
    server.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => {
    if (!stopping && !announced) {
      console.log(`Máy chủ xem thử dừng trước khi chạy được (mã ${code}).`);
      if (/EADDRINUSE/.test(log)) console.log(`Cổng ${port} vừa bị chương trình khác chiếm; hãy chạy lại “npm start”.`);
      else console.log(log.trim());
    }
    process.exit(stopping ? 0 : (code ?? 0));
  });
}

(async () => {
  if (!desktop || !(await sideload())) await preview();
})();
