import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { memoryIo } from "./io";
import { main, version } from "./main";

const root = join(__dirname, "..", "..");

describe("dvk CLI", () => {
  test("--help is Vietnamese and lists the commands; exit 0", async () => {
    const io = memoryIo();
    expect(await main(["--help"], io)).toBe(0);
    const text = io.stdout.join("\n");
    expect(text).toContain("Cách dùng: dvk <lệnh>");
    expect(text).toContain("ham <TÊN>");
    expect(text).toBe(text.normalize("NFC"));
  });

  test("no arguments prints usage on stderr; exit 1", async () => {
    const io = memoryIo();
    expect(await main([], io)).toBe(1);
    expect(io.stderr.join("\n")).toContain("Cách dùng");
  });

  test("an unknown command is a usage error naming the command; exit 1", async () => {
    const io = memoryIo();
    expect(await main(["xoa-het"], io)).toBe(1);
    expect(io.stderr[0]).toMatch(
      /^Lệnh không hợp lệ: "xoa-het"\. Các lệnh: .*\bham\b.*Xem: dvk --help$/,
    );
  });

  test("--version prints package.json's version", async () => {
    const io = memoryIo();
    expect(await main(["--version"], io)).toBe(0);
    expect(io.stdout).toEqual([require("../../package.json").version]);
    expect(version()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test("the bin runs from a fresh checkout with no build step", () => {
    const out = execFileSync(
      process.execPath,
      [join(root, "bin", "dvk.cjs"), "--version"],
      { encoding: "utf8" },
    );
    expect(out.trim()).toBe(require("../../package.json").version);
    const bad = spawnSync(
      process.execPath,
      [join(root, "bin", "dvk.cjs"), "khong-co"],
      { encoding: "utf8" },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("Lệnh không hợp lệ");
  });
});
