#!/usr/bin/env node
/* Draws the DVK icon (red rounded square, three white rising bars, a gold star) at the sizes
 * the manifest and stores need, as PNG files in assets/. No image library: shapes are sampled
 * 4×4 per pixel for anti-aliasing and written with node's zlib. Run: node scripts/make-icons.cjs */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const RED = [200, 16, 46];
const WHITE = [255, 255, 255];
const GOLD = [255, 205, 0];

/** Signed test: is point (x, y) in unit coordinates inside a rounded square of radius r? */
function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Is (x, y) inside a five-pointed star centred at (cx, cy) with outer radius R? */
function inStar(x, y, cx, cy, R) {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? R : R * 0.42;
    pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi)
      inside = !inside;
  }
  return inside;
}

const BARS = [
  [0.17, 0.62, 0.17, 0.83],
  [0.415, 0.47, 0.17, 0.83],
  [0.66, 0.3, 0.17, 0.83],
];

/** Colour (RGBA) of one sample point in unit coordinates. */
function sample(x, y) {
  if (!inRoundedSquare(x, y, 0.18)) return [0, 0, 0, 0];
  if (inStar(x, y, 0.3, 0.3, 0.17)) return [...GOLD, 255];
  for (const [bx, top, w, bottom] of BARS) {
    if (x >= bx && x <= bx + w && y >= top && y <= bottom)
      return [...WHITE, 255];
  }
  return [...RED, 255];
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = sample(
            (px + (sx + 0.5) / S) / size,
            (py + (sy + 0.5) / S) / size,
          );
          acc[0] += c[0] * c[3];
          acc[1] += c[1] * c[3];
          acc[2] += c[2] * c[3];
          acc[3] += c[3];
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const a = acc[3];
      raw[o] = a ? Math.round(acc[0] / a) : 0;
      raw[o + 1] = a ? Math.round(acc[1] / a) : 0;
      raw[o + 2] = a ? Math.round(acc[2] / a) : 0;
      raw[o + 3] = Math.round(a / (S * S));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size));
  console.log(`assets/icon-${size}.png`);
}
