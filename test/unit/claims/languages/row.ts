import type { ClaimKind } from '../../../../src/model/claim.ts';

/** A sentence, the kind it should get, its named source (or null) and its first cue (or null). */
export type LanguageRow = [
  text: string,
  kind: ClaimKind,
  source: string | null,
  cue: string | null,
];
