import type { Report } from '../../../src/model/report.ts';
import { report, sentence } from './helpers.ts';

// The seed pair's sentences (AP original and an aggregator rewrite, 15 February 2022) with the
// kinds and sources a careful editor gives them, as the claims analysis hands them over.
export const AP: Report = report(
  1,
  'apnews.com',
  [
    sentence(
      0,
      'Moscow: Russian President Vladimir Putin said Tuesday that Moscow is ready for security talks with the U.S. And NATO, as the Russian military announced a partial troop withdrawal from drills near Ukraine — new signs that may suggest a Russian invasion of its neighbour isn’t imminent despite snowballing Western fears.',
      {
        kind: 'sourced',
        source: 'Vladimir Putin',
        sourceType: 'person',
        cue: 'said',
        hedged: true,
      },
    ),
    sentence(
      1,
      'Putin said he doesn’t want war, and called for “peaceful” discussions over Ukraine’s bid to join NATO, which Moscow sees as a major threat.',
      { kind: 'sourced', source: 'Vladimir Putin', sourceType: 'person', cue: 'said' },
    ),
    sentence(
      2,
      'The overtures from Russia offered possible new impetus for diplomatic efforts to ease the worst East-West tensions in decades, which have put Europe on edge and rattled global markets.',
      { hedged: true },
    ),
    sentence(3, 'But concerns remain.'),
    sentence(
      4,
      'NATO and Western governments said they had seen no signs of de-escalation yet Tuesday, despite the Russian Defense Ministry’s announcement that it is pulling back forces from maneuvers that had heightened concerns about an invasion.',
      {
        kind: 'sourced',
        source: 'NATO and Western governments',
        sourceType: 'government',
        cue: 'said',
      },
    ),
    sentence(5, 'Russia gave no details on where the troops were pulling back from, or how many.'),
    sentence(
      6,
      'The invasion fears grew after Russia massed more than 130,000 troops near Ukraine in recent weeks and months.',
    ),
    sentence(7, 'Russia denies it has any such plans.', {
      kind: 'sourced',
      source: 'Russia',
      sourceType: 'government',
      cue: 'denies',
    }),
    sentence(
      8,
      'U.S. And other NATO allies, meanwhile, have moved troops and military supplies toward Ukraine’s western flank to shore up local governments — although not to confront Russian forces.',
    ),
    sentence(
      9,
      'The U.S. And NATO have rejected Moscow’s demand to keep Ukraine and other ex-Soviet nations out of the alliance, halt weapons deployments near Russian borders and roll back forces from Eastern Europe.',
    ),
    sentence(
      10,
      'But Western powers have agreed to discuss other security measures that Russia had previously proposed.',
    ),
    sentence(
      11,
      'Speaking after talks with German Chancellor Olaf Scholz, Putin said Russia is ready to engage in talks on limiting the deployment of intermediate range missiles in Europe, transparency of drills and other confidence-building measures.',
      { kind: 'sourced', source: 'Vladimir Putin', sourceType: 'person', cue: 'said' },
    ),
    sentence(12, 'But he emphasized the need for the West to heed Russia’s main demands.', {
      kind: 'sourced',
      source: 'Vladimir Putin',
      sourceType: 'person',
      cue: 'emphasized',
    }),
    sentence(13, 'Asked if there could be a war in Europe, Putin said Russia doesn’t want it.', {
      kind: 'sourced',
      source: 'Vladimir Putin',
      sourceType: 'person',
      cue: 'said',
    }),
    sentence(
      14,
      'He reaffirmed that Ukraine’s bid to join NATO poses a major security threat to Russia, adding that Moscow won’t be assuaged by Western assurances that Ukraine wouldn’t be able to join the alliance any time soon.',
      { kind: 'sourced', source: 'Vladimir Putin', sourceType: 'person', cue: 'reaffirmed' },
    ),
    sentence(15, '(AP)', { kind: 'none' }),
  ],
  {
    title: 'Putin says Russia ready for security talks',
    publishedTime: '2022-02-15T14:00:00Z',
    readAt: 1_700_000_000_000,
  },
);

export const AGGREGATOR: Report = report(
  2,
  'example-aggregator.net',
  [
    sentence(0, 'Putin says ready for talks on security, NATO concerns', { kind: 'none' }),
    sentence(
      1,
      'President Putin says Russia is ready for talks on confidence-building measures, but the West needs to heed its main demands.',
      { kind: 'sourced', source: 'Vladimir Putin', sourceType: 'person', cue: 'says' },
    ),
    sentence(
      2,
      'Russian President Vladimir Putin has said he is “ready to work further” with the West on security issues to de-escalate tensions over Ukraine, but emphasised the need for the West to heed Russia’s main demands.',
      { kind: 'sourced', source: 'Vladimir Putin', sourceType: 'person', cue: 'has said' },
    ),
    sentence(
      3,
      'He spoke on Tuesday during a news conference following talks with German Chancellor Olaf Scholz in Moscow.',
    ),
    sentence(
      4,
      'Scholz said at the briefing that he agrees with Russia’s assessment that there is still a chance to avert war over Ukraine and that “diplomatic options are far from exhausted”.',
      { kind: 'sourced', source: 'Olaf Scholz', sourceType: 'person', cue: 'said' },
    ),
    sentence(
      5,
      'Meanwhile, some troops in Russia’s military districts adjacent to Ukraine returned to their bases after completing drills, Russia’s defence ministry was quoted by the Interfax news agency as saying, a move that could de-escalate friction between Moscow and the West.',
      {
        kind: 'sourced',
        source: 'Russia’s defence ministry',
        sourceType: 'government',
        cue: 'was quoted by … as saying',
        hedged: true,
      },
    ),
    sentence(6, 'Blinken told Lavrov US needs to see credible de-escalation: State Department', {
      kind: 'none',
    }),
    sentence(
      7,
      'US Secretary of State Antony Blinken has told Russian counterpart Sergei Lavrov the US has ongoing concerns about Russia’s ability to launch an invasion of Ukraine and needs to see “verifiable, credible, meaningful de-escalation.”',
      { kind: 'sourced', source: 'Antony Blinken', sourceType: 'person', cue: 'has told' },
    ),
    sentence(
      8,
      '“While further Russian aggression against Ukraine would result in a swift, severe, and united Transatlantic response, we remain committed to the diplomatic path and believe that a window remains to resolve the crisis peacefully,” Blinken told Lavrov, according to the statement.',
      { kind: 'sourced', source: 'Antony Blinken', sourceType: 'person', cue: 'told' },
    ),
    sentence(
      9,
      'Lampedusa : plus de 1 600 migrants débarquent sur l’île italienne en à peine deux jours',
      { kind: 'none' },
    ),
  ],
  {
    title: 'Putin says ready for talks on security, NATO concerns',
    publishedTime: null,
    readAt: 1_700_000_600_000,
  },
);
