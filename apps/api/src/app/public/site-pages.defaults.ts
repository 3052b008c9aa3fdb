import type { SitePageKey } from '@klimaschutz/contracts';

/** Texts shown until an admin writes the city's own; each says plainly that it must be completed. */
export const DEFAULT_SITE_PAGES: Record<SitePageKey, { title: string; body: string }> = {
  impressum: {
    title: 'Impressum',
    body: [
      'Herausgeberin: Stadtverwaltung – Stabsstelle Klimaschutz.',
      'Anschrift, vertretungsberechtigte Person und Kontakt trägt die Systemverwaltung unter „Verwaltung › Seitentexte“ ein.',
    ].join('\n\n'),
  },
  datenschutz: {
    title: 'Datenschutzerklärung',
    body: [
      'Die öffentlichen Seiten des Klimaschutz-Cockpits setzen keine Cookies und binden keine Inhalte Dritter ein.',
      'Beim Aufruf verarbeitet der Server technisch notwendige Daten (IP-Adresse, Zeitpunkt, aufgerufene Seite), um die Seiten auszuliefern und vor Missbrauch zu schützen. Diese Daten werden nicht mit anderen Daten zusammengeführt.',
      'Wenn Sie uns über das Formular „Barriere melden“ schreiben, verarbeiten wir Ihre Angaben nur, um Ihre Meldung zu bearbeiten. Name und E-Mail-Adresse sind freiwillig.',
      'Verantwortliche Stelle und Datenschutzbeauftragte Person trägt die Systemverwaltung unter „Verwaltung › Seitentexte“ ein.',
    ].join('\n\n'),
  },
  barrierefreiheit: {
    title: 'Erklärung zur Barrierefreiheit',
    body: [
      'Die Stadt ist bemüht, ihre Website im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen. Diese Erklärung gilt für die öffentlichen Seiten des Klimaschutz-Cockpits.',
      'Stand der Vereinbarkeit: Die Seiten werden bei jeder Änderung automatisch mit axe-core gegen die Anforderungen der WCAG 2.1 (Stufen A und AA) geprüft. Alle Diagramme haben eine Tabelle mit denselben Zahlen.',
      'Feedback und Kontakt: Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Über das Formular „Barriere melden“ können Sie uns diese mitteilen.',
      'Schlichtungsverfahren: Wenn Sie auf Ihre Rückmeldung innerhalb von sechs Wochen keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle nach dem Behindertengleichstellungsrecht Ihres Landes wenden.',
    ].join('\n\n'),
  },
};
