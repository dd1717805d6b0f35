#!/usr/bin/env node
// Draws the placeholder app icon (a blue rounded square with a white catalogue card: a header bar
// and ruled lines) as PNG files, without an image library: raw RGBA rows, zlib, CRC-32.
// electron-builder derives the Windows .ico and macOS .icns from assets/icon.png (512 px).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function pixel(x, y, size) {
  const s = size / 512;
  const inRounded = (l, t, r, b, rad) => {
    if (x < l || x >= r || y < t || y >= b) return false;
    const cx = Math.min(Math.max(x, l + rad), r - rad);
    const cy = Math.min(Math.max(y, t + rad), b - rad);
    return (x - cx) ** 2 + (y - cy) ** 2 <= rad ** 2;
  };
  if (!inRounded(16 * s, 16 * s, 496 * s, 496 * s, 96 * s)) return [0, 0, 0, 0];
  if (inRounded(120 * s, 96 * s, 392 * s, 416 * s, 24 * s)) {
    if (y < 176 * s) return [200, 40, 40, 255]; // header bar, the red of official documents
    for (const line of [224, 280, 336]) {
      if (y >= line * s && y < (line + 20) * s && x >= 160 * s && x < (line === 336 ? 300 : 352) * s) return [22, 93, 255, 255];
    }
    return [255, 255, 255, 255];
  }
  return [22, 93, 255, 255];
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(pixel(x + 0.5, y + 0.5, size)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = new URL('.', import.meta.url);
writeFileSync(new URL('icon.png', dir), png(512));
writeFileSync(new URL('icon-256.png', dir), png(256));
console.log('wrote assets/icon.png and assets/icon-256.png');
