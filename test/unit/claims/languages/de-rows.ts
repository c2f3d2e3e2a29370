import type { LanguageRow } from './row.ts';

/**
 * German news sentences: kind, named source and cue. One comes from a real page
 * (heise, the last hedged row); the others are written in the shape of German wire copy.
 */
export const DE_ROWS: LanguageRow[] = [
  // Verb cues before, after and around the content.
  [
    'Innenministerin Nancy Faeser sagte am Montag, die Lage sei unter Kontrolle.',
    'sourced',
    'Innenministerin Nancy Faeser',
    'sagte',
  ],
  [
    'Die Lage sei unter Kontrolle, sagte Innenministerin Nancy Faeser am Montag.',
    'sourced',
    'Innenministerin Nancy Faeser',
    'sagte',
  ],
  [
    '„Wir werden nicht nachgeben“, sagte Bundeskanzler Olaf Scholz in Berlin.',
    'sourced',
    'Bundeskanzler Olaf Scholz',
    'sagte',
  ],
  [
    'Der Bürgermeister erklärte, die Brücke bleibe bis Ende Mai gesperrt.',
    'sourced',
    'Der Bürgermeister',
    'erklärte',
  ],
  [
    'Die Polizei teilte am Dienstag mit, dass zwei Verdächtige festgenommen worden seien.',
    'sourced',
    'Die Polizei',
    'teilte am Dienstag mit',
  ],
  [
    'Das Gesundheitsministerium teilte mit, die Zahl der Fälle sei leicht gestiegen.',
    'sourced',
    'Das Gesundheitsministerium',
    'teilte mit',
  ],
  [
    'Der Konzern gab am Mittwoch bekannt, 3.000 Stellen zu streichen.',
    'sourced',
    'Der Konzern',
    'gab am Mittwoch bekannt',
  ],
  [
    'Wie der „Spiegel“ berichtet, plant die Regierung ein neues Gesetz.',
    'sourced',
    'der „Spiegel“',
    'berichtet',
  ],
  [
    'Die Inflation dürfte im Herbst wieder sinken, betonte Bundesbank-Präsident Joachim Nagel.',
    'sourced',
    'Bundesbank-Präsident Joachim Nagel',
    'betonte',
  ],
  [
    'Die Staatsanwaltschaft bestätigte die Ermittlungen gegen den früheren Manager.',
    'sourced',
    'Die Staatsanwaltschaft',
    'bestätigte',
  ],
  [
    'Die Gewerkschaft Verdi kritisierte den Beschluss als unsozial.',
    'sourced',
    'Die Gewerkschaft Verdi',
    'kritisierte',
  ],
  [
    'Man werde die Entscheidung genau prüfen, erklärte ein Sprecher der Deutschen Bahn.',
    'sourced',
    'ein Sprecher der Deutschen Bahn',
    'erklärte',
  ],
  ['Sie sagte, sie habe von dem Vorfall erst aus der Zeitung erfahren.', 'sourced', 'Sie', 'sagte'],
  // Prepositions and postpositions: laut, zufolge, nach Angaben von, so X.
  ['Laut Polizei wurden bei dem Unfall drei Menschen verletzt.', 'sourced', 'Polizei', 'Laut'],
  [
    'Laut einer Studie des Ifo-Instituts schrumpft die Wirtschaft um 0,3 Prozent.',
    'sourced',
    'einer Studie des Ifo-Instituts',
    'Laut',
  ],
  [
    'Dem Bericht zufolge stiegen die Mieten in München um 4,5 Prozent.',
    'sourced',
    'Dem Bericht',
    'zufolge',
  ],
  [
    'Nach Angaben des Statistischen Bundesamts lag die Inflation im Mai bei 2,4 Prozent.',
    'sourced',
    'des Statistischen Bundesamts',
    'Nach Angaben',
  ],
  [
    'Nach Angaben der Feuerwehr brach das Feuer gegen 3 Uhr aus.',
    'sourced',
    'der Feuerwehr',
    'Nach Angaben',
  ],
  [
    'Die Verhandlungen seien auf einem guten Weg, so Außenministerin Annalena Baerbock.',
    'sourced',
    'Außenministerin Annalena Baerbock',
    'so',
  ],
  [
    'Das sei ein schwerer Fehler gewesen, so der Fraktionschef.',
    'sourced',
    'der Fraktionschef',
    'so',
  ],
  [
    'Unter Berufung auf Regierungskreise meldete die Agentur, der Gipfel werde verschoben.',
    'sourced',
    'die Agentur',
    'meldete',
  ],
  // Anonymous sources.
  [
    'Aus Koalitionskreisen hieß es, eine Einigung sei noch nicht in Sicht.',
    'anonymous',
    null,
    'hieß es',
  ],
  ['Ein Sprecher sagte, man prüfe den Vorgang.', 'anonymous', null, 'sagte'],
  ['Experten warnten vor einer weiteren Zuspitzung der Lage.', 'anonymous', null, 'warnten'],
  [
    'Nach Informationen aus Sicherheitskreisen war der Täter den Behörden bekannt.',
    'anonymous',
    null,
    null,
  ],
  ['Beobachter rechnen mit einem knappen Ergebnis.', 'anonymous', null, 'rechnen'],
  ['Gut informierte Kreise bestätigten den Rücktritt.', 'anonymous', null, 'bestätigten'],
  // Hedges: offenbar, mutmaßlich, soll … haben.
  ['Der Täter hat offenbar allein gehandelt.', 'unattributed', null, null],
  ['Der mutmaßliche Schütze wurde am Abend festgenommen.', 'unattributed', null, null],
  ['Der Minister soll von den Plänen gewusst haben.', 'unattributed', null, null],
  [
    'Die Engine zur Passworteingabe im Browser soll beschleunigt worden sein.',
    'unattributed',
    null,
    null,
  ],
  ['Angeblich wurden mehr als 200 Menschen evakuiert.', 'unattributed', null, null],
  // Claims with no source.
  ['Der Bundestag hat das Gesetz mit großer Mehrheit beschlossen.', 'unattributed', null, null],
  ['Bei dem Unglück kamen 12.000 Tiere ums Leben.', 'unattributed', null, null],
  ['Die Preise für Heizöl sind im Januar um 3,5 Prozent gestiegen.', 'unattributed', null, null],
  // Non-claims: bylines, time stamps, headings, questions.
  ['Aktualisiert am 12.03.2024, 14:35 Uhr', 'none', null, null],
  ['Von Anna Schneider', 'none', null, null],
  ['Stand: 05.06.2024', 'none', null, null],
  ['Was bedeutet das für Mieter?', 'none', null, null],
  ['Lesen Sie auch: Die wichtigsten Fragen zur Wahl', 'none', null, null],
  ['Streit um das Heizungsgesetz', 'none', null, null],
  ['Foto: dpa', 'none', null, null],
  // Session 6: days and places around the cue, self-attribution, separable verbs.
  [
    'Wie die Polizei am Sonntag berichtete, wurden drei Menschen verletzt.',
    'sourced',
    'die Polizei',
    'berichtete',
  ],
  [
    'Wie das Unternehmen am Montagabend mitteilte, sollen 500 Stellen wegfallen.',
    'sourced',
    'das Unternehmen',
    'mitteilte',
  ],
  [
    'Der Konzern hat nach eigenen Angaben 3,5 Prozent mehr Umsatz gemacht.',
    'sourced',
    'Der Konzern',
    'nach eigenen Angaben',
  ],
  [
    'Nach eigenen Angaben verkaufte Volkswagen im vergangenen Jahr 9 Millionen Autos.',
    'sourced',
    'Volkswagen',
    'Nach eigenen Angaben',
  ],
  [
    'Die Deutsche Bahn teilte am Dienstagabend in Berlin mit, der Streik sei beendet.',
    'sourced',
    'Die Deutsche Bahn',
    'teilte am Dienstagabend in Berlin mit',
  ],
  [
    'Die Zahl der Asylanträge sinke deutlich, so das Bundesamt für Migration und Flüchtlinge am Freitag.',
    'sourced',
    'das Bundesamt für Migration und Flüchtlinge',
    'so',
  ],
  [
    'Der Verband kündigte am Donnerstag in Frankfurt weitere Streiks an.',
    'sourced',
    'Der Verband',
    'kündigte',
  ],
  // A law as speaker before a clause.
  [
    'Das Gesetz sieht vor, dass Mieter drei Monate vorher informiert werden.',
    'sourced',
    'Das Gesetz',
    'sieht vor',
  ],
  ['Der Entwurf sieht eine Abgabe von zwei Euro pro Flug vor.', 'unattributed', null, null],
  // A report states its findings with any object.
  ['Die Studie zeigt einen Anstieg der Mieten um 20 Prozent.', 'sourced', 'Die Studie', 'zeigt'],
  ['Das Bild zeigt einen Mann vor dem Rathaus.', 'unattributed', null, null],
  // Verbs that report speech only before "dass".
  [
    'Die Ministerin bedauerte am Montag, dass die Gespräche gescheitert seien.',
    'sourced',
    'Die Ministerin',
    'bedauerte',
  ],
  [
    'Die Polizei geht davon aus, dass der Täter allein gehandelt hat.',
    'sourced',
    'Die Polizei',
    'geht davon aus',
  ],
  [
    'Der Verbandschef hob hervor, dass die Verhandlungen weitergehen.',
    'sourced',
    'Der Verbandschef',
    'hob hervor',
  ],
  [
    'Der Bericht kommt zu dem Schluss, dass die Maßnahmen wirken.',
    'sourced',
    'Der Bericht',
    'kommt zu dem Schluss',
  ],
  // After a quotation the verb reports it without its particle.
  [
    '„Wir geben nicht auf!“, rief Gewerkschaftschef Frank Werneke den Streikenden zu.',
    'sourced',
    'Gewerkschaftschef Frank Werneke',
    'rief',
  ],
  // A profile line: a name, a copula and a profession.
  ['Anna Berg ist Redakteurin im Ressort Politik.', 'none', null, null],
  // Phrases that cue like one verb.
  [
    'Die Kanzlerin zeigte sich zuversichtlich, dass eine Einigung gelingt.',
    'sourced',
    'Die Kanzlerin',
    'zeigte sich zuversichtlich',
  ],
  // "hervorgehen aus": the source is the object of "aus".
  [
    'Aus dem Bericht des Rechnungshofs geht hervor, dass die Kosten um 40 Prozent gestiegen sind.',
    'sourced',
    'dem Bericht des Rechnungshofs',
    'geht hervor',
  ],
  [
    'Das geht aus einer Antwort des Innenministeriums auf eine Anfrage der Linken hervor.',
    'sourced',
    'einer Antwort des Innenministeriums',
    'geht',
  ],
  ['Der Zug geht um acht Uhr aus dem Bahnhof.', 'unattributed', null, null],
  // "der" after a full name is the dative, not a genitive of the source.
  [
    '„Wir werden nicht nachgeben“, sagte Verdi-Chef Frank Werneke der Deutschen Presse-Agentur.',
    'sourced',
    'Verdi-Chef Frank Werneke',
    'sagte',
  ],
  [
    'Die Opposition wirft der Regierung vor, die Krise verschlafen zu haben.',
    'sourced',
    'Die Opposition',
    'wirft der Regierung vor',
  ],
  ['Das Unternehmen wies die Vorwürfe am Dienstag zurück.', 'sourced', 'Das Unternehmen', 'wies'],
  [
    'Nach Ansicht der Forscher ist der Anstieg auf den Klimawandel zurückzuführen.',
    'sourced',
    'der Forscher',
    'Nach Ansicht',
  ],
  [
    'Dem Vernehmen nach will die Partei den Vorsitzenden abwählen.',
    'anonymous',
    null,
    'Dem Vernehmen nach',
  ],
  // Reflexive reporting phrases.
  [
    'Der Bürgermeister zeigte sich erleichtert, dass niemand verletzt wurde.',
    'sourced',
    'Der Bürgermeister',
    'zeigte sich erleichtert',
  ],
];
