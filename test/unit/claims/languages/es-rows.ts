import type { LanguageRow } from './row.ts';

/**
 * Spanish news sentences: kind, named source and cue. One comes from a real page (CNET en
 * Español's "Twitter ha dado a conocer que"); the others are written in the shape of Spanish
 * wire copy.
 */
export const ES_ROWS: LanguageRow[] = [
  // Verb cues before, after and around the content.
  [
    'El presidente Pedro Sánchez dijo que el Gobierno aprobará nuevas ayudas.',
    'sourced',
    'El presidente Pedro Sánchez',
    'dijo',
  ],
  [
    'La situación está controlada, afirmó el alcalde de Valencia.',
    'sourced',
    'el alcalde de Valencia',
    'afirmó',
  ],
  [
    '“No vamos a ceder”, dijo la ministra de Trabajo, Yolanda Díaz.',
    'sourced',
    'la ministra de Trabajo, Yolanda Díaz',
    'dijo',
  ],
  [
    'La Policía Nacional informó de la detención de tres personas en Madrid.',
    'sourced',
    'La Policía Nacional',
    'informó',
  ],
  [
    'El Ministerio de Sanidad explicó que los casos han bajado un 20 %.',
    'sourced',
    'El Ministerio de Sanidad',
    'explicó',
  ],
  [
    'Twitter ha dado a conocer que Twitter Lite llegará a un total de 24 nuevos países a partir de hoy, 11 de ellos de América Latina.',
    'sourced',
    'Twitter',
    'ha dado a conocer que',
  ],
  [
    'La economía crecerá un 2,1 % este año, señaló el Banco de España.',
    'sourced',
    'el Banco de España',
    'señaló',
  ],
  ['El fiscal aseguró que las pruebas son concluyentes.', 'sourced', 'El fiscal', 'aseguró'],
  ['La empresa anunció el cierre de dos fábricas en Cataluña.', 'sourced', 'La empresa', 'anunció'],
  [
    'Greenpeace denunció que el vertido afecta a 40 kilómetros de costa.',
    'sourced',
    'Greenpeace',
    'denunció',
  ],
  [
    'Los precios seguirán subiendo, advirtió la presidenta del BCE, Christine Lagarde.',
    'sourced',
    'la presidenta del BCE, Christine Lagarde',
    'advirtió',
  ],
  [
    'El portavoz del Ejecutivo ha afirmado que no habrá elecciones anticipadas.',
    'sourced',
    'El portavoz del Ejecutivo',
    'ha afirmado',
  ],
  // Prepositions: según, de acuerdo con, para.
  [
    'Según la Guardia Civil, el accidente se produjo a las 7.30 horas.',
    'sourced',
    'la Guardia Civil',
    'Según',
  ],
  [
    'De acuerdo con el Instituto Nacional de Estadística, el paro bajó al 11,6 %.',
    'sourced',
    'el Instituto Nacional de Estadística',
    'De acuerdo con',
  ],
  [
    'Según un informe de la ONU, 2,7 millones de personas necesitan ayuda.',
    'sourced',
    'un informe de la ONU',
    'Según',
  ],
  [
    'Para el economista Juan Pérez, la subida de tipos llega tarde.',
    'sourced',
    'el economista Juan Pérez',
    'Para',
  ],
  ['Según él, la reforma no tiene apoyos suficientes.', 'sourced', 'él', 'Según'],
  // Pro-drop: the verb's subject is left out.
  ['Dijo que no piensa dimitir.', 'sourced', null, 'Dijo'],
  // Anonymous sources.
  [
    'Fuentes cercanas a la investigación señalaron que el detenido ya tenía antecedentes.',
    'anonymous',
    null,
    'señalaron',
  ],
  ['Según fuentes policiales, el incendio fue intencionado.', 'anonymous', null, 'Según'],
  ['Un portavoz dijo que la empresa estudiará el caso.', 'anonymous', null, 'dijo'],
  [
    'Los expertos advierten de un verano más caluroso de lo normal.',
    'anonymous',
    null,
    'advierten',
  ],
  ['Varios testigos aseguraron haber oído una explosión.', 'anonymous', null, 'aseguraron'],
  ['Se informó que la carretera permanecerá cortada.', 'anonymous', null, 'Se informó'],
  // Hedges: presuntamente, supuestamente, habría.
  ['El detenido habría robado más de 50.000 euros.', 'unattributed', null, null],
  ['El hombre presuntamente agredió a dos agentes.', 'unattributed', null, null],
  ['La banda supuestamente operaba desde Marbella.', 'unattributed', null, null],
  ['El presunto autor del crimen fue detenido en Sevilla.', 'unattributed', null, null],
  ['Al parecer, el conductor se quedó dormido al volante.', 'unattributed', null, null],
  ['El fuego habría comenzado en la cocina del restaurante.', 'unattributed', null, null],
  // Claims with no source.
  ['El terremoto causó 2,7 millones de euros en daños.', 'unattributed', null, null],
  ['El Congreso aprobó la ley con 180 votos a favor.', 'unattributed', null, null],
  ['Los precios de la vivienda subieron un 5,3 % en 2023.', 'unattributed', null, null],
  ['La huelga paralizó el transporte en Barcelona.', 'unattributed', null, null],
  // Non-claims: bylines, time stamps, headings, questions, page furniture.
  ['Por María García López', 'none', null, null],
  ['Actualizado el 12 de marzo de 2024 a las 14:35', 'none', null, null],
  ['¿Qué cambia con la nueva ley?', 'none', null, null],
  ['Lee también: Las claves del presupuesto', 'none', null, null],
  ['La reforma laboral a debate', 'none', null, null],
  ['Reproduciendo: Mira esto: Google Assistant mejora', 'none', null, null],
  ['(EFE)', 'none', null, null],
  ['Publicado el 3 de mayo de 2024', 'none', null, null],
  // Session 6: subjects around non-speech words, asides, imperfect and gerund cues.
  [
    'El presidente de Argentina, Javier Milei, visitó Madrid el martes.',
    'unattributed',
    null,
    null,
  ],
  [
    'Así lo anunció este martes el consejero de Sanidad, Enrique Ruiz Escudero.',
    'sourced',
    'el consejero de Sanidad, Enrique Ruiz Escudero',
    'anunció',
  ],
  [
    'Se ignoró la orden de captura al tiempo que se negó el asilo al dirigente kurdo.',
    'unattributed',
    null,
    null,
  ],
  [
    'Según explicó en un comunicado la compañía, el servicio llegará a 24 países.',
    'sourced',
    'la compañía',
    'explicó',
  ],
  [
    'El informe de la ONG aseguraba que había sido visto en Neuquén.',
    'sourced',
    'El informe de la ONG',
    'aseguraba',
  ],
  [
    'El jurista Carlos Nino llamó a la Argentina "un país al margen de la ley".',
    'sourced',
    'El jurista Carlos Nino',
    'llamó',
  ],
  [
    'El politólogo Samuel Huntington definía a esa sociedad como pretoriana.',
    'sourced',
    'El politólogo Samuel Huntington',
    'definía',
  ],
  [
    'La ministra defendió la reforma laboral, asegurando que creará 10.000 empleos.',
    'sourced',
    'La ministra',
    'asegurando',
  ],
  [
    'Los alquileres bajarán un 10 %, según el proyecto de ley.',
    'sourced',
    'el proyecto de ley',
    'según',
  ],
  [
    'La empresa, según sus propias cifras, vendió 2,7 millones de unidades.',
    'sourced',
    'La empresa',
    'según sus propias cifras',
  ],
  ['¡En Europa pagarían por tener un sistema así!', 'none', null, null],
  // Subjects behind brackets, appositions closed by a comma, asides naming an agency.
  [
    'Así lo explicó a EFE el portavoz de la asociación, Miguel Torres.',
    'sourced',
    'el portavoz de la asociación, Miguel Torres',
    'explicó',
  ],
  [
    'La Organización Mundial de la Salud (OMS) advirtió este martes de que los casos aumentan.',
    'sourced',
    'La Organización Mundial de la Salud',
    'advirtió',
  ],
  [
    'Por su parte, el líder de la oposición, Alberto Núñez Feijóo, criticó la medida.',
    'sourced',
    'el líder de la oposición, Alberto Núñez Feijóo',
    'criticó',
  ],
  [
    'Por su parte, el portavoz de Unidas Podemos, Pablo Echenique, criticó la medida.',
    'sourced',
    'el portavoz de Unidas Podemos, Pablo Echenique',
    'criticó',
  ],
  [
    'La presidenta de la Comunidad de Madrid, Isabel Díaz Ayuso, ha calificado la ley de "ataque".',
    'sourced',
    'La presidenta de la Comunidad de Madrid, Isabel Díaz Ayuso',
    'ha calificado',
  ],
  [
    'Fuentes del Ejecutivo consultadas por este diario aseguran que el decreto se aprobará.',
    'anonymous',
    null,
    'aseguran',
  ],
  // Former office holders, adjectives after a role, contracted prepositions, present-tense cues.
  [
    'El exministro aseguró que "nunca" recibió dinero de la trama.',
    'sourced',
    'El exministro',
    'aseguró',
  ],
  [
    '"Es una decisión histórica", celebró la vicepresidenta segunda, Yolanda Díaz.',
    'sourced',
    'la vicepresidenta segunda, Yolanda Díaz',
    'celebró',
  ],
  [
    '"No hay ninguna prueba", afirmó el abogado defensor, José María Fernández.',
    'sourced',
    'el abogado defensor, José María Fernández',
    'afirmó',
  ],
  [
    'Según el último barómetro del CIS, el PSOE ganaría las elecciones.',
    'sourced',
    'el último barómetro del CIS',
    'Según',
  ],
  [
    'A juicio del sindicato, la reforma perjudica a los trabajadores.',
    'sourced',
    'sindicato',
    'A juicio del',
  ],
  [
    'El estudio, publicado en la revista Nature, concluye que el hielo se derrite más rápido.',
    'sourced',
    'El estudio',
    'concluye',
  ],
  [
    'El vicepresidente del BCE, Luis de Guindos, advirtió de que la inflación seguirá alta.',
    'sourced',
    'El vicepresidente del BCE, Luis de Guindos',
    'advirtió',
  ],
  // A document as speaker: its verb is read as a verb after a document subject.
  [
    'La Constitución manda «proteger la salud de todos los ciudadanos».',
    'sourced',
    'La Constitución',
    'manda',
  ],
  [
    'La ley establece que los contratos de alquiler durarán cinco años.',
    'sourced',
    'La ley',
    'establece',
  ],
  [
    'Como establece el reglamento, los socios votarán cada dos años.',
    'sourced',
    'el reglamento',
    'establece',
  ],
  // A law's verb with a plain object states a provision, no claim of the law's.
  [
    'El reglamento prevé multas de hasta 3.000 euros para los infractores.',
    'unattributed',
    null,
    null,
  ],
  // A report states its findings with any object.
  ['El informe cifra en 300 los muertos del terremoto.', 'sourced', 'El informe', 'cifra'],
  [
    'El último balance de Protección Civil cifra los daños en 40 millones de euros.',
    'sourced',
    'El último balance de Protección Civil',
    'cifra',
  ],
  // Verbs that report speech only before "que".
  [
    'La ministra defendió ante el Congreso que la reforma protegerá a los inquilinos.',
    'sourced',
    'La ministra',
    'defendió',
  ],
  [
    'La alcaldesa lamentó que el Gobierno no haya enviado ayuda a tiempo.',
    'sourced',
    'La alcaldesa',
    'lamentó',
  ],
  [
    'El portavoz aseguró a los periodistas que no habrá despidos.',
    'sourced',
    'El portavoz',
    'aseguró',
  ],
  ['La Guardia Civil aseguró la zona tras el tiroteo.', 'unattributed', null, null],
  [
    'El Gobierno reconoció que hubo errores en la gestión de la crisis.',
    'sourced',
    'El Gobierno',
    'reconoció',
  ],
  ['España reconoció al nuevo Gobierno de Venezuela en 2019.', 'unattributed', null, null],
  [
    'El presidente insistió en que no subirá los impuestos.',
    'sourced',
    'El presidente',
    'insistió',
  ],
  [
    'El juez descartó que hubiera delito en la compra de los terrenos.',
    'sourced',
    'El juez',
    'descartó',
  ],
  ['Varios vecinos aseguraron haber oído dos disparos.', 'anonymous', null, 'aseguraron'],
  // A dropped subject with no earlier speaker: the statement the sentence names.
  [
    'Según explicó en un comunicado, la aplicación llegará a doce países.',
    'sourced',
    'un comunicado',
    'explicó',
  ],
  [
    'Según informó la empresa en un comunicado, la planta cerrará en marzo.',
    'sourced',
    'la empresa',
    'informó',
  ],
  // A phrase followed by its own verb is the content's subject, not the speaker.
  [
    'Según explicó en un comunicado Twitter Lite ahora estará disponible en doce países.',
    'sourced',
    'un comunicado',
    'explicó',
  ],
  // A subject that is no source is not dropped.
  ['Una muestra de sangre reveló restos de veneno.', 'unattributed', null, 'reveló'],
  // A profile line: a name, a copula and a profession.
  ['Lucía Ferreyra es socióloga e investigadora del Conicet.', 'none', null, null],
  ['Pedro Sánchez es presidente del Gobierno desde 2018.', 'unattributed', null, null],
  // "o" ("or") is Spanish too: the sentence stays Spanish.
  [
    'El Gobierno aprobará la ley en marzo o en abril, según el ministro.',
    'sourced',
    'el ministro',
    'según',
  ],
  // Bodies in the plural speak too.
  [
    'Los sindicatos denunciaron que la empresa no ha pagado las horas extra.',
    'sourced',
    'Los sindicatos',
    'denunciaron',
  ],
  // A role in the plural, an adjective after it, and phrases that cue like one verb.
  [
    'Los técnicos municipales han reconocido que hubo errores en el diseño del puente.',
    'sourced',
    'Los técnicos municipales',
    'han reconocido',
  ],
  [
    'El líder sindical se mostró convencido de que habrá acuerdo antes del verano.',
    'sourced',
    'El líder sindical',
    'se mostró convencido de',
  ],
  [
    'La presidenta hizo hincapié en que la sanidad pública es la prioridad.',
    'sourced',
    'La presidenta',
    'hizo hincapié en',
  ],
  [
    'A criterio del tribunal, la multa es desproporcionada.',
    'sourced',
    'tribunal',
    'A criterio del',
  ],
  // Reflexive reporting verbs.
  [
    'La alcaldesa se quejó de que el Gobierno no haya enviado ayuda.',
    'sourced',
    'La alcaldesa',
    'se quejó',
  ],
];
