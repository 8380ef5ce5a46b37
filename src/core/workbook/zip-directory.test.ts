import JSZip from "jszip";
import { readZipDirectory, ZipFormatError } from "./zip-directory";

test("names, methods and declared sizes of every entry, in directory order", async () => {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.xml", "x".repeat(5000), { compression: "DEFLATE" });
  zip.file("xl/tên-tiếng-việt.xml", "ă");
  const bytes = await zip.generateAsync({ type: "uint8array" });
  const entries = readZipDirectory(bytes).filter((e) => !e.name.endsWith("/"));
  expect(entries.map((e) => [e.name, e.size, e.method])).toEqual([
    ["[Content_Types].xml", 8, 0],
    ["xl/workbook.xml", 5000, 8],
    ["xl/tên-tiếng-việt.xml", 2, 0],
  ]);
  expect(entries[1]!.compressedSize).toBeLessThan(100);
});

test("no directory, or one cut off: ZipFormatError", async () => {
  const zip = new JSZip();
  zip.file("a.xml", "<a/>");
  const bytes = await zip.generateAsync({ type: "uint8array" });
  expect(() => readZipDirectory(bytes.subarray(0, bytes.length - 10))).toThrow(
    ZipFormatError,
  );
  expect(() => readZipDirectory(new TextEncoder().encode("not a zip"))).toThrow(
    ZipFormatError,
  );
});
