/** Words feeds put in dates: month and weekday names in the languages seen in the wild, and time-zone abbreviations. */

/** Month names and abbreviations (lowercase, no trailing dot) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = buildLookup({
  1: ['jan', 'january', 'janvier', 'janv', 'januar', 'jänner', 'jaenner', 'enero', 'ene', 'janeiro', 'gennaio', 'gen', 'januari'],
  2: ['feb', 'february', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'fev', 'februar', 'febrero', 'fevereiro', 'febbraio', 'februari'],
  3: ['mar', 'march', 'mars', 'märz', 'maerz', 'mrz', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  4: ['apr', 'april', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  5: ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag', 'mei'],
  6: ['jun', 'june', 'juin', 'juni', 'junio', 'junho', 'giugno', 'giu'],
  7: ['jul', 'july', 'juillet', 'juil', 'juli', 'julio', 'julho', 'luglio', 'lug'],
  8: ['aug', 'august', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  9: ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre', 'setembro', 'settembre', 'set'],
  10: ['oct', 'october', 'octobre', 'oktober', 'okt', 'octubre', 'outubro', 'out', 'ottobre', 'ott'],
  11: ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  12: ['dec', 'december', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic', 'dezembro', 'dicembre'],
});

/** Weekday names and abbreviations → day number (0 = Sunday), used only to check the date they accompany. */
export const WEEKDAYS: ReadonlyMap<string, number> = buildLookup({
  0: ['sun', 'sunday', 'dim', 'dimanche', 'so', 'son', 'sonntag', 'dom', 'domingo', 'domenica', 'zo', 'zondag'],
  1: ['mon', 'monday', 'lun', 'lundi', 'mo', 'mon', 'montag', 'lunes', 'seg', 'segunda', 'segunda-feira', 'lunedì', 'lunedi', 'ma', 'maandag'],
  2: ['tue', 'tues', 'tuesday', 'mardi', 'di', 'die', 'dienstag', 'mar', 'martes', 'ter', 'terça', 'terca', 'terça-feira', 'martedì', 'martedi', 'dinsdag'],
  3: ['wed', 'wednesday', 'mer', 'mercredi', 'mi', 'mit', 'mittwoch', 'mié', 'mie', 'miércoles', 'miercoles', 'qua', 'quarta', 'quarta-feira', 'mercoledì', 'mercoledi', 'wo', 'woensdag'],
  4: ['thu', 'thur', 'thurs', 'thursday', 'jeu', 'jeudi', 'do', 'don', 'donnerstag', 'jue', 'jueves', 'qui', 'quinta', 'quinta-feira', 'gio', 'giovedì', 'giovedi', 'donderdag'],
  5: ['fri', 'friday', 'ven', 'vendredi', 'fr', 'fre', 'freitag', 'vie', 'viernes', 'sex', 'sexta', 'sexta-feira', 'venerdì', 'venerdi', 'vr', 'vrijdag'],
  6: ['sat', 'saturday', 'sam', 'samedi', 'sa', 'sam', 'samstag', 'sonnabend', 'sáb', 'sab', 'sábado', 'sabado', 'sabato', 'za', 'zaterdag'],
});

/** Words some publishers put between date parts ("14 de outubro de 2026", "14 October 2026 at 09:30"). */
export const FILLER_WORDS: ReadonlySet<string> = new Set(['de', 'del', 'at', 'um', 'à', 'a', 'o', 'le', 'den', 'der', 'om', 'h']);

/**
 * Zone abbreviations → minutes east of UTC. Ambiguous ones (IST: India, Ireland or Israel; AST: Atlantic or
 * Arabia) are left out on purpose so such dates come back null instead of wrong. CST is resolved by the feed
 * language (China Standard Time for Chinese feeds, US Central otherwise) in dates.ts.
 */
export const ZONES: ReadonlyMap<string, number> = new Map([
  ['z', 0], ['ut', 0], ['utc', 0], ['gmt', 0], ['wet', 0],
  ['est', -300], ['edt', -240], ['cst', -360], ['cdt', -300], ['mst', -420], ['mdt', -360], ['pst', -480], ['pdt', -420],
  ['akst', -540], ['akdt', -480], ['hst', -600], ['adt', -180], ['nst', -210], ['ndt', -150],
  ['bst', 60], ['cet', 60], ['met', 60], ['west', 60], ['cest', 120], ['mest', 120], ['eet', 120], ['eest', 180], ['msk', 180],
  ['pkt', 300], ['ict', 420], ['wib', 420], ['hkt', 480], ['sgt', 480], ['awst', 480], ['pht', 480],
  ['jst', 540], ['kst', 540], ['acst', 570], ['aest', 600], ['acdt', 630], ['aedt', 660], ['nzst', 720], ['nzdt', 780],
]);

/** Default UTC offset (minutes) for zone-less local times, by feed language: these languages are spoken in one zone. */
export const LANGUAGE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['zh', 480],
  ['ja', 540],
  ['ko', 540],
]);

function buildLookup(table: Record<number, string[]>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [value, names] of Object.entries(table)) for (const name of names) map.set(name, Number(value));
  return map;
}
