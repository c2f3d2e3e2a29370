// Draws the toolbar icon (a "C" ring over a solid and a dotted underline, the two
// highlight kinds) at every size the manifest names, as PNG, with no image library.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128] as const;
const BACKGROUND = [22, 78, 99] as const; // deep teal: reads on light and dark toolbars
const INK = [255, 255, 255] as const;
const ACCENT = [250, 204, 21] as const; // amber, the "unverified" colour

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Coverage in [0,1] of pixel (x,y) for a size-s icon, per layer, by 4×4 supersampling. */
function paint(s: number, x: number, y: number): [number, number, number, number] {
  let bg = 0;
  let ink = 0;
  let accent = 0;
  const n = 4;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const u = (x + (i + 0.5) / n) / s;
      const v = (y + (j + 0.5) / n) / s;
      const r = 0.2;
      const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
      const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
      if (dx * dx + dy * dy > r * r) continue;
      bg++;
      const d = Math.hypot(u - 0.5, v - 0.42);
      const angle = Math.atan2(v - 0.42, u - 0.5);
      if (d > 0.17 && d < 0.29 && Math.abs(angle) > 0.75) ink++;
      else if (v > 0.76 && v < 0.84 && u > 0.2 && u < 0.47) ink++;
      else if (v > 0.76 && v < 0.84 && u > 0.53 && u < 0.8 && Math.floor((u - 0.53) * 11) % 2 === 0)
        accent++;
    }
  const t = n * n;
  return [bg / t, ink / t, accent / t, 0];
}

export function drawIcon(s: number): Buffer {
  const raw = Buffer.alloc(s * (s * 4 + 1));
  for (let y = 0; y < s; y++) {
    raw[y * (s * 4 + 1)] = 0;
    for (let x = 0; x < s; x++) {
      const [bg, ink, accent] = paint(s, x, y);
      const o = y * (s * 4 + 1) + 1 + x * 4;
      for (let c = 0; c < 3; c++) {
        const base = BACKGROUND[c]!;
        const v =
          base +
          (INK[c]! - base) * (ink / Math.max(bg, 1e-9)) +
          (ACCENT[c]! - base) * (accent / Math.max(bg, 1e-9));
        raw[o + c] = Math.round(Math.min(255, Math.max(0, v)));
      }
      raw[o + 3] = Math.round(bg * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0);
  ihdr.writeUInt32BE(s, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

for (const s of SIZES) writeFileSync(`icons/icon-${s}.png`, drawIcon(s));
console.log(`wrote ${SIZES.map((s) => `icons/icon-${s}.png`).join(', ')}`);
