import { describe, expect, it } from 'vitest';
import {
  rarityOf,
  storyFeatures,
  storyScore,
  storySide,
  STORY_THRESHOLD,
  type StoryDoc,
} from '../../../src/crossref/index.ts';

// Invented reports: one warehouse fire told by two outlets in their own words, a fire in
// another town the same week, and a council budget story.
const FIRE_A = {
  title: 'Fire destroys Kestrel Polymers warehouse in Ellsworth Harbor',
  text:
    'A fire tore through a plastics warehouse owned by Kestrel Polymers in Ellsworth Harbor on ' +
    'Tuesday night, forcing 40 families from nearby homes. Fire chief Dana Whitcombe said crews ' +
    'fought the blaze for six hours. No one was hurt, according to the county sheriff.',
};
const FIRE_B = {
  title: 'Ellsworth Harbor residents evacuated as Kestrel plant burns',
  text:
    'Residents of Ellsworth Harbor were told to leave their homes late Tuesday as flames ' +
    'engulfed the Kestrel Polymers storage site by the river. Whitcombe, who leads the town fire ' +
    'department, told reporters the smoke was not toxic. Mayor Oren Balfour opened the school gym ' +
    'to the evacuated families.',
};
const OTHER_FIRE: StoryDoc = {
  title: 'Barn fire in Pell County kills livestock',
  text:
    'A barn fire on a farm in Pell County killed a dozen cows on Thursday. Firefighters said ' +
    'an electrical fault was the likely cause. The farmer said the family would rebuild.',
};
const BUDGET: StoryDoc = {
  title: 'Council approves new budget for libraries',
  text:
    'The city council approved a budget on Monday that adds two branch libraries. Council ' +
    'members voted seven to two. The budget takes effect in July.',
};

const docs: StoryDoc[] = [FIRE_A, FIRE_B, OTHER_FIRE, BUDGET];
const sides = docs.map(storySide);
const rarity = rarityOf(sides.map((s) => s.bag));
const score = (a: StoryDoc, b: StoryDoc) =>
  storyScore(sides[docs.indexOf(a)]!, sides[docs.indexOf(b)]!, rarity);

describe('storyScore: one event told twice, another event of one kind, another topic', () => {
  it.each([
    ['two outlets, one fire, own words', FIRE_A, FIRE_B, true],
    ['fires in two towns', FIRE_A, OTHER_FIRE, false],
    ['a fire and a budget', FIRE_B, BUDGET, false],
  ])('%s', (_, a, b, same) => {
    expect(score(a, b) >= STORY_THRESHOLD).toBe(same);
    expect(score(b, a)).toBeCloseTo(score(a, b), 9);
  });

  it('grades: the same event above the same kind of event above another topic', () => {
    expect(score(FIRE_A, FIRE_B)).toBeGreaterThan(score(FIRE_A, OTHER_FIRE));
    expect(score(FIRE_A, OTHER_FIRE)).toBeGreaterThan(score(FIRE_A, BUDGET));
  });

  it('shares names (people, places, companies) and weighs rare terms above common ones', () => {
    const f = storyFeatures(sides[0]!, sides[1]!, rarity);
    expect(f.names).toBeGreaterThan(0.2);
    expect(storyFeatures(sides[0]!, sides[2]!, rarity).names).toBe(0);
    expect(f.time).toBeNull();
  });

  it('lowers the score of reports published weeks apart', () => {
    const day = Date.UTC(2026, 0, 6);
    const near = storyScore(
      { ...FIRE_A, published: day },
      { ...FIRE_B, published: day + 3_600_000 },
    );
    const far = storyScore(
      { ...FIRE_A, published: day },
      { ...FIRE_B, published: day + 30 * 86_400_000 },
    );
    expect(far).toBeLessThan(near);
  });
});
