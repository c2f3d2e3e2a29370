import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/claims/index.ts';

const split = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it.each([
    ['talks with the U.S. And NATO, as the military said.', 1],
    ['Gen. Mark Milley said so. Then he left.', 2],
    ['It happened on Jan. 5 in the capital.', 1],
    ['Sen. J.D. Vance spoke. He was brief.', 2],
    ['He lives on St. Mark’s Place near No. 10 Downing Street.', 1],
    ['He moved to the U.S. The move was quick.', 2],
    ['“We are ready. We want peace,” Putin said. Nobody believed him.', 3],
    ['“Why now?” he asked.', 1],
    ['He paused... Then he spoke.', 2],
    ['Prices rose 3.5 percent. Wages did not.', 2],
    ['Apple Inc. said it would appeal.', 1],
    ['Le président a parlé. Il est parti.', 2],
    ['北京今天下雨。明天晴天。', 2],
    // A quotation ending with "!" or "?" and its attribution stay one sentence.
    ['« Nous ne céderons pas ! », a-t-il lancé devant les militants.', 1],
    ['« Que faire ? » a répondu la maire.', 1],
    ['« Assez ! » Le ministre a quitté la salle.', 2],
    ['„Wir geben nicht auf!“, rief er.', 1],
    ['„Wir geben nicht auf!“ Dann verließ er den Saal.', 2],
    ['„Das war’s.“ Danach ging er.', 2],
    ['«¡No nos rendiremos!», gritó la portavoz.', 1],
    ['Il a crié : « Stop ! » Personne ne l’a écouté.', 2],
  ])('%s → %i sentences', (text, n) => {
    expect(split(text)).toHaveLength(n);
  });

  it('makes every line its own unit and never crosses a paragraph break', () => {
    const text =
      'Putin says ready for talks\n\nMOSCOW (AP) — Putin said on Tuesday that\n\nthe talks would go on.';
    expect(split(text)).toEqual([
      'Putin says ready for talks',
      'MOSCOW (AP) — Putin said on Tuesday that',
      'the talks would go on.',
    ]);
  });

  it('keeps offsets into the original text, trimmed of white space', () => {
    const text = '  One sentence here.   Another one follows.  ';
    const ranges = splitSentences(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      'One sentence here.',
      'Another one follows.',
    ]);
  });

  it('does not mangle other scripts', () => {
    const text = 'صوت من لا صوت له | الإعلام البديل';
    expect(split(text)).toEqual([text]);
  });
});
