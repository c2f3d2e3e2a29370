import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../src/ui/place-popover.ts';

const viewport = { width: 1280, height: 900 };
const size = { width: 400, height: 300 };
const line = (top: number, left = 100) => ({ top, bottom: top + 20, left, right: left + 300 });

describe('placePopover', () => {
  it('goes below the text when it fits', () => {
    expect(placePopover(line(100), size, viewport)).toMatchObject({
      side: 'below',
      top: 128,
      left: 100,
    });
  });

  it('flips above near the viewport bottom', () => {
    const p = placePopover(line(800), size, viewport);
    expect(p.side).toBe('above');
    expect(p.top).toBe(800 - 8 - 300);
  });

  it('stays inside the viewport horizontally', () => {
    expect(placePopover(line(100, 1100), size, viewport).left).toBe(1280 - 400 - 8);
    expect(placePopover(line(100, -50), size, viewport).left).toBe(8);
  });

  it('caps its height to the room it has', () => {
    const p = placePopover(line(450), { width: 400, height: 2000 }, viewport);
    expect(p.maxHeight).toBeLessThanOrEqual(450);
  });
});
