import type { LanguageRow } from './row.ts';

/**
 * French news sentences: kind, named source and cue. Two come from real pages (Libération's
 * "a ajouté Laurent Fabius", Le Monde's "Ces données ne seraient pas conservées"); the others are
 * written in the shape of French wire copy.
 */
export const FR_ROWS: LanguageRow[] = [
  // Verb cues before, after and around the content.
  [
    'Le ministre de l’Intérieur a déclaré que la situation était sous contrôle.',
    'sourced',
    'Le ministre de l’Intérieur',
    'a déclaré',
  ],
  [
    '«Pour certains d’entre eux on est très interrogatif», a ajouté Laurent Fabius.',
    'sourced',
    'Laurent Fabius',
    'a ajouté',
  ],
  [
    'La réforme sera votée avant l’été, a affirmé mardi la Première ministre Élisabeth Borne.',
    'sourced',
    'la Première ministre Élisabeth Borne',
    'a affirmé',
  ],
  ['«Nous ne céderons pas», a-t-il ajouté devant la presse.', 'sourced', 'il', 'a-t-il ajouté'],
  [
    'Emmanuel Macron a annoncé jeudi un plan de 2 milliards d’euros pour l’hôpital.',
    'sourced',
    'Emmanuel Macron',
    'a annoncé',
  ],
  [
    'Le parquet de Paris a indiqué qu’une enquête avait été ouverte.',
    'sourced',
    'Le parquet de Paris',
    'a indiqué',
  ],
  ['La CGT dénonce une réforme injuste et appelle à la grève.', 'sourced', 'La CGT', 'dénonce'],
  [
    'La situation reste très tendue, explique le maire de Marseille.',
    'sourced',
    'le maire de Marseille',
    'explique',
  ],
  [
    'La préfecture a précisé que les routes resteraient fermées jusqu’à lundi.',
    'sourced',
    'La préfecture',
    'a précisé',
  ],
  [
    'Interrogé par l’AFP, le porte-parole du gouvernement a confirmé la nouvelle.',
    'sourced',
    'le porte-parole du gouvernement',
    'a confirmé',
  ],
  [
    'L’entreprise a fait savoir qu’elle ne ferait pas appel.',
    'sourced',
    'L’entreprise',
    'a fait savoir',
  ],
  [
    'La hausse des prix devrait ralentir, estime la Banque de France.',
    'sourced',
    'la Banque de France',
    'estime',
  ],
  // Prepositions: selon, d'après, pour.
  [
    'Selon le ministère de la Santé, 1 200 personnes ont été hospitalisées.',
    'sourced',
    'le ministère de la Santé',
    'Selon',
  ],
  [
    'D’après l’Insee, le chômage a reculé à 7,1 % au premier trimestre.',
    'sourced',
    'l’Insee',
    'D’après',
  ],
  [
    '2 209 Français ont été localisés sains et saufs, selon le Quai d’Orsay.',
    'sourced',
    'le Quai d’Orsay',
    'selon',
  ],
  [
    'Selon lui, les négociations pourraient reprendre dès la semaine prochaine.',
    'sourced',
    'lui',
    'Selon',
  ],
  [
    'Pour le président du Sénat, ce texte est inacceptable.',
    'sourced',
    'le président du Sénat',
    'Pour',
  ],
  [
    'Selon un rapport de la Cour des comptes, la dette a atteint 3 000 milliards d’euros.',
    'sourced',
    'un rapport de la Cour des comptes',
    'Selon',
  ],
  // Anonymous sources.
  [
    'Selon des sources proches du dossier, l’accord pourrait être signé vendredi.',
    'anonymous',
    null,
    'Selon',
  ],
  ['Des experts ont averti que la sécheresse allait durer.', 'anonymous', null, 'ont averti'],
  ['Un porte-parole a déclaré que l’usine resterait fermée.', 'anonymous', null, 'a déclaré'],
  ['De source policière, on indique que le suspect a été interpellé.', 'anonymous', null, null],
  ['Plusieurs témoins affirment avoir entendu des coups de feu.', 'anonymous', null, 'affirment'],
  [
    'Selon nos informations, le club aurait trouvé un nouvel entraîneur.',
    'anonymous',
    null,
    'Selon nos informations',
  ],
  // Hedges: présumé, serait, conditional of reported information.
  ['Le présumé auteur de l’attaque a été arrêté dimanche.', 'unattributed', null, null],
  ['Le suspect serait un ancien employé de la société.', 'unattributed', null, null],
  ['Ces données ne seraient pas conservées.', 'unattributed', null, null],
  ['L’incendie aurait été provoqué par un court-circuit.', 'unattributed', null, null],
  ['Le bilan pourrait encore s’alourdir dans les prochaines heures.', 'unattributed', null, null],
  ['Apparemment, le conducteur roulait à plus de 150 km/h.', 'unattributed', null, null],
  // Claims with no source.
  ['Le séisme a fait près de 5 500 morts au Népal.', 'unattributed', null, null],
  ['Les députés ont adopté le projet de loi à une large majorité.', 'unattributed', null, null],
  ['Le prix du gazole a augmenté de 12 centimes en un mois.', 'unattributed', null, null],
  ['La grève a paralysé les transports en Île-de-France.', 'unattributed', null, null],
  // Non-claims: bylines, time stamps, headings, questions, page furniture.
  ['Par Jean Dupont', 'none', null, null],
  ['Publié le 12 mars 2024 à 14h35', 'none', null, null],
  ['Mis à jour le 13 mars 2024', 'none', null, null],
  ['Que contient le projet de loi ?', 'none', null, null],
  ['Lire aussi : Les principales mesures du budget', 'none', null, null],
  ['La réforme des retraites en débat', 'none', null, null],
  ['Votre adresse e-mail ne sera pas publiée.', 'none', null, null],
  ['(AFP)', 'none', null, null],
  // Session 6: gerund cues, a document closing an incise, "fait part", "a indiqué", "a précisé".
  [
    'Le gouvernement se défend de toute similarité avec la NSA, arguant que les données ne seront pas conservées.',
    'sourced',
    'Le gouvernement',
    'arguant',
  ],
  [
    'Le délai de conservation passera à six mois, précise le projet de loi.',
    'sourced',
    'le projet de loi',
    'précise',
  ],
  [
    'La préfecture a fait part, dans un communiqué, de sa « vive inquiétude ».',
    'sourced',
    'La préfecture',
    'a fait part',
  ],
  [
    'Le parquet de Paris a indiqué dimanche soir que deux suspects avaient été interpellés.',
    'sourced',
    'Le parquet de Paris',
    'a indiqué',
  ],
  [
    'Le club a précisé mardi, dans un communiqué, que le joueur souffrait d’une entorse.',
    'sourced',
    'Le club',
    'a précisé',
  ],
  ['Quelle belle surprise pour les habitants du quartier !', 'none', null, null],
  // An auxiliary and participle as an incise after a quotation; names with particles.
  [
    '« Nous ne lâcherons rien », a lancé la secrétaire générale de la CGT, Sophie Binet.',
    'sourced',
    'la secrétaire générale de la CGT, Sophie Binet',
    'a lancé',
  ],
  [
    'La présidente de la Commission européenne, Ursula von der Leyen, a salué un accord historique.',
    'sourced',
    'La présidente de la Commission européenne, Ursula von der Leyen',
    'a salué',
  ],
  // A law as speaker before a clause; "l'avance" after a preposition is a noun.
  [
    "La loi prévoit que les locataires soient prévenus trois mois à l'avance.",
    'sourced',
    'La loi',
    'prévoit',
  ],
  ['La loi prévoit des sanctions pour les propriétaires fraudeurs.', 'unattributed', null, null],
  [
    'Le texte dispose que les données seront détruites au bout de cinq ans.',
    'sourced',
    'Le texte',
    'dispose',
  ],
  // "note" is a verb after a document subject.
  ['Le rapport note une hausse de 4 % des émissions en un an.', 'sourced', 'Le rapport', 'note'],
  [
    "L'étude montre que les adolescents lisent moins qu'il y a dix ans.",
    'sourced',
    "L'étude",
    'montre',
  ],
  // Verbs that report speech only before "que".
  [
    'Le ministre a constaté que les prix avaient augmenté de 6 %.',
    'sourced',
    'Le ministre',
    'a constaté',
  ],
  [
    "Le préfet a reconnu avoir commis une erreur d'appréciation.",
    'sourced',
    'Le préfet',
    'a reconnu',
  ],
  ['On constate que les prix ont augmenté de 6 % en un an.', 'unattributed', null, null],
  [
    "Le gouvernement espère que la réforme sera votée avant l'été.",
    'sourced',
    'Le gouvernement',
    'espère',
  ],
  [
    "La direction a jugé que les conditions n'étaient pas réunies.",
    'sourced',
    'La direction',
    'a jugé',
  ],
  // A quotation ending with "!" and its incise stay one sentence.
  [
    '« Nous ne céderons pas ! », a lancé le secrétaire général devant les militants.',
    'sourced',
    'le secrétaire général',
    'a lancé',
  ],
  [
    '« Que faire ? » a répondu la maire de Nantes, Johanna Rolland.',
    'sourced',
    'la maire de Nantes, Johanna Rolland',
    'a répondu',
  ],
  // A profile line: a name, a copula and a profession.
  ['Jean-Marc Dupont est historien et chercheur au CNRS.', 'none', null, null],
  // Bodies in the plural speak too.
  [
    'Les syndicats jugent que la réforme des retraites est injuste.',
    'sourced',
    'Les syndicats',
    'jugent',
  ],
  [
    "Une analyse du ministère de l'Intérieur montre que les cambriolages ont baissé.",
    'sourced',
    "Une analyse du ministère de l'Intérieur",
    'montre',
  ],
  // Phrases that cue like one verb.
  [
    "Le ministre s'est dit convaincu que la réforme serait adoptée avant l'été.",
    'sourced',
    'Le ministre',
    "s'est dit convaincu",
  ],
  [
    'À en croire le syndicat, la grève sera reconduite lundi.',
    'sourced',
    'le syndicat',
    'À en croire',
  ],
  // "De l'avis de" attributes opening a clause, not inside one.
  [
    "De l'avis des enquêteurs, l'incendie est d'origine criminelle.",
    'anonymous',
    null,
    "De l'avis des",
  ],
  [
    "En cas d'urgence, un agent pourra se passer de l'avis de la commission.",
    'unattributed',
    null,
    null,
  ],
  // Reflexive reporting verbs; a copula before a quotation is no second cue.
  [
    "« C'est un scandale », s'est indigné le député de la Somme.",
    'sourced',
    'le député de la Somme',
    "s'est indigné",
  ],
  [
    'La CGT a jugé que les propositions du gouvernement étaient « insuffisantes ».',
    'sourced',
    'La CGT',
    'a jugé',
  ],
];
