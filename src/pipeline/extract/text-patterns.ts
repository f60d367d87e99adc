/** Text heuristics as data: lines that are chrome, tail and appendix cues, bylines, datelines, paywall and consent phrases. */

/** Short lines that are chrome whatever element holds them ("Share", "Read more", "Anzeige"), in several languages. */
export const BOILERPLATE_LINE = new RegExp(
  '^(?:' +
    [
      // "Share", "Share this story on X", "Share: …"; not a sentence that opens on "Shares of …" or "Share prices …".
      'share(?: this(?: \\w+)?)?(?: on .*| via .*|:.*)?',
      'tweet',
      'e-?mail',
      'print',
      'drucken',
      'teilen.*',
      'diesen artikel (?:teilen|drucken|versenden).*',
      'partager.*',
      'compartir.*',
      'condividi.*',
      'read more.*',
      'continue reading.*',
      'weiterlesen.*',
      'mehr (?:zum thema|lesen|dazu).*',
      'lesen sie (?:auch|mehr).*',
      'auch interessant.*',
      'das könnte sie auch interessieren.*',
      'related(?: articles| stories| posts| coverage)?:?',
      'advertisement',
      'anzeige',
      'werbung',
      'publicité',
      'publicidad',
      'pubblicità',
      'reklama',
      'sponsored(?: content)?',
      'sign up for .*newsletter.*',
      'subscribe(?: now| to .*)?',
      'follow us.*',
      'folge?n sie uns.*',
      'tags?:.*',
      'schlagworte?:.*',
      'schlagwörter:.*',
      'kategorien?:.*',
      'categor(?:y|ies):.*',
      'filed under:?.*',
      'posted in .*',
      'permalink',
      'leave a (?:comment|reply).*',
      'kommentare?(?: \\(\\d+\\))?',
      '\\d+ (?:comments?|kommentare?)',
      'no comments.*',
      'keine kommentare.*',
      'zurück(?: zur übersicht)?',
      'back to top',
      'nach oben',
      'top',
      'like this:?',
      'gefällt mir:?',
      'loading\\.*',
      'wird geladen\\.*',
      'bild(?:quelle)?:.*',
      'foto:.*',
      'photo:.*',
      '(?:image|photo) credit:?.*',
      'credits?:?.*',
      'crédits? photos?\\s?:.*',
      'titelbild:?.*',
      'beitragsbild',
      'bild anzeigen',
      'bild vergrößern',
      'zoom',
      'vergrößern',
      'last (?:modified|updated):?.*',
      'letzte änderung:?.*',
      'zuletzt aktualisiert:?.*',
      'ultima modifica:?.*',
      'dernière mise à jour:?.*',
      'última actualización:?.*',
      '(?:views|aufrufe|hits|zugriffe):?\\s*\\d*',
      'lade weitere inhalte',
      'load more',
      'mehr laden',
      'weitere artikel laden',
      'zum artikel',
      'zur startseite',
      'drucken|print this (?:page|article)',
      'artikel (?:bewerten|teilen|drucken|merken|versenden)',
      'hier können sie den artikel bewerten.*',
      'bewerten:?',
      'rate this:?',
      'modo nocturno',
      'dark mode',
    ].join('|') +
    ')$',
  'i',
);

/** Headings that open the page's tail (related links, comments, author box): nothing after them is the article. */
export const SECTION_END_LINE = new RegExp(
  '^(?:' +
    [
      'related(?: articles| stories| posts| content| coverage| links| reading)?',
      'more (?:on|about) (?:this|the) (?:topic|story|subject)',
      'more from .{1,40}',
      'you (?:might|may) (?:also )?(?:like|enjoy|be interested in)',
      'recommended(?: for you| articles| stories)?',
      'read (?:next|also|more)',
      'see also',
      'also read',
      'popular (?:posts|articles|stories)',
      'most (?:read|popular|viewed)',
      'about the authors?',
      'comments?(?: \\(\\d+\\))?',
      '\\d+ (?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?)',
      'leave a (?:comment|reply)',
      'join the (?:conversation|discussion)',
      'share (?:this|the) (?:article|story|post|page)',
      'ähnliche (?:beiträge|artikel|themen)',
      'verwandte (?:beiträge|artikel|themen)',
      'weitere (?:beiträge|artikel|themen|nachrichten|meldungen)',
      'mehr zum thema',
      'mehr (?:aus|von|zu) .{1,40}',
      'lesen sie (?:auch|mehr|weiter)',
      'auch interessant',
      'das könnte (?:sie|dich) (?:auch )?interessieren',
      'das thema könnte (?:sie|dich) auch interessieren',
      'dazu passend',
      'passend zum thema',
      'empfehlungen?',
      'kommentare?',
      'kommentar (?:schreiben|verfassen|hinterlassen)',
      'schreibe einen kommentar',
      'über (?:den|die) autor(?:in)?',
      'zum autor',
      'zur autorin',
      'à lire aussi',
      'lire aussi',
      'sur le même sujet',
      'à découvrir',
      'articles? similaires?',
      'commentaires?',
      'leer (?:más|también)',
      'noticias relacionadas',
      'te puede interesar',
      'artículos relacionados',
      'comentarios',
      'leggi anche',
      'articoli correlati',
      'commenti',
      'zobacz (?:też|również)',
      'czytaj (?:też|także|również)',
      'komentarze',
    ].join('|') +
    ')[:.!]?$',
  'i',
);

/** Lines that are only a date or time ("23.10.2018", "3:59 PM", "31. Mai 2012, 19:49 Uhr"): post metadata, not text. */
export const DATE_LINE =
  /^(?:(?:am|on|le|el|il|vom|posted|published|updated|aktualisiert|veröffentlicht|publié|publicado|opublikowano|stand)[:\s]*)?(?:[0-3]?\d[./-]\s?(?:[01]?\d|[a-zäéû]{3,10})\.?[./-]?\s?(?:\d{2,4})?|\d{4}-\d{2}-\d{2}|(?:[a-zäéû]{3,10}\.?\s)?[0-3]?\d(?:st|nd|rd|th)?,?\s\d{4}|[0-3]?\d\.?\s[a-zäéû]{3,10}\.?(?:\s\d{4})?)?[,\s|·-]*(?:(?:um\s)?[0-2]?\d[:.h][0-5]\d(?::\d\d)?\s?(?:uhr|am|pm|h)?)?$/i;

/** Short lines that credit the author or source, or give the dateline, at the top of an article body. */
export const BYLINE_LINE =
  /^(?:by|von|par|por|di|door|av|af|autor(?:in)?:|author:|text:|fotos?:|来源|记者|作者|编辑|责任编辑|文\s*[/／|])[\s:：]|(?:来源|记者|作者|责任编辑)[:：]|\b\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}\b/iu;

/** Cues of the promos, notices and credits that trail an article ("Subscribe now…", "© 2020 …", "Kontakt:"). */
export const TAIL_CUE =
  /subscri(?:be|ption)|newsletter|abonn|sign(?:ing)? up|\blog ?in\b|never miss|stay up[- ]to[- ]date|enjoyed (?:reading )?this|if you (?:liked|enjoyed)|unterstützen sie|chroniony prawem|prawa autorskie|derechos reservados|riproduzione riservata|download .{0,30}\\bapps?\\b|breaking news updates|latest (?:stories|news|updates)|follow us|folgen sie uns|copyright|©|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos|permission|nachdruck|quelle:|source:|fuente:|kontakt|contact|weitere informationen|more information|originalpublikation|original publication|publikation:|erschienen in|this article (?:was|is)|dieser (?:artikel|beitrag|text) (?:wurde|ist|erschien)|unterstützen sie|support (?:us|our)|spende|donate|werbung|anzeige|advertis|gutschein|coupon|rabatt|sponsored|affiliate|ohne gewähr|haftung/i;

/** Labels that open an article's appendix (contact box, sources, "more information"): cut when near the end. */
export const APPENDIX_LINE =
  /^(?:kontakt|contact|ansprechpartner(?:in)?|pressekontakt|media contact|weitere informationen|mehr informationen|more information|further information|zusatzinformationen|originalpublikation|original publication|publikation|quellen?|sources?|fuentes?|links|weiterführende links|further reading|zum weiterlesen|über (?:den|die) autor(?:in)?|about the authors?|fragen an (?:den|die) autor(?:in)?|bildnachweis|fotonachweis|image credits|informations? complémentaires?|más información|contacto|per saperne di più)\s*[:.]?$/i;

/** Phrases that show the page hides the rest of the article behind a subscription. */
export const PAYWALL_TEXT =
  /(subscribe|subscription|subscriber|sign in|log in|register) (to|and) (continue|keep) reading|(this|the rest of this) (article|story) is (only )?(available|reserved|exclusive) (to|for) (subscribers|members)|to continue reading|already a subscriber|abonnieren sie|nur für abonnenten|jetzt weiterlesen|plus-artikel|réservé aux abonnés|abonnez-vous|contenido exclusivo para suscriptores|solo para suscriptores|riservato agli abbonati|订阅后阅读|付费阅读/i;

/** Phrases of a cookie or consent wall that replaced the page. */
export const CONSENT_TEXT =
  /(we use cookies|this (site|website) uses cookies|accept (all )?cookies|cookie (policy|settings|preferences)|consent to (the use of )?cookies|wir verwenden cookies|diese (website|seite) verwendet cookies|nous utilisons des cookies|utilizamos cookies|utilizziamo i cookie|zustimmung|manage preferences|privacy settings)/i;
