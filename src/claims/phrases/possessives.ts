// Possessive determiners that own a frame noun ("in his view"), with the pronoun they stand for.
export const POSSESSIVES = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['my', 'i'],
  ['our', 'we'],
  ['its', 'it'],
  ['your', 'you'],
]);
