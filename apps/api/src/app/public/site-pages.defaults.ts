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
  // The parts of the EU model statement (Durchführungsbeschluss (EU) 2018/1523, BITV 2.0 § 7). Text in
  // [eckigen Klammern] is for the city to fill in; the open points are what the product knows of itself.
  barrierefreiheit: {
    title: 'Erklärung zur Barrierefreiheit',
    body: [
      'Die Stadt ist bemüht, ihre Websites und mobilen Anwendungen im Einklang mit dem Behindertengleichstellungsgesetz (BGG) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen.',
      '## Geltungsbereich',
      'Diese Erklärung gilt für das Klimaschutz-Cockpit der Stadt: für die öffentlichen Seiten „Klimaschutz – Stand der Umsetzung“ (Übersicht, Maßnahmen, Open Data, Barriere melden, Leichte Sprache, Gebärdensprache) und für die Anwendung der Mitarbeitenden (Cockpit, Maßnahmen, Sachstandsmeldungen, Klimachecks, Schulungen, Beratungen, Verwaltung) einschließlich des Sachstandsberichts als PDF.',
      '## Stand der Vereinbarkeit mit den Anforderungen',
      'Die Inhalte sind teilweise mit den Anforderungen der BITV 2.0 vereinbar. Die unten aufgeführten Inhalte sind nicht barrierefrei.',
      '## Nicht barrierefreie Inhalte',
      'Die folgenden Inhalte sind nicht oder nicht vollständig barrierefrei:',
      [
        '- Diagramme im Cockpit und im Sachstandsbericht lassen sich nicht selbst mit der Tastatur erkunden. Grund: Die Zahlen jedes Diagramms stehen in einer Tabelle daneben; eine bedienbare Grafik wäre eine unverhältnismäßige Belastung. Alternative: die Tabelle unter jedem Diagramm.',
        '- Der Text auf der Seite „Leichte Sprache“ wurde noch nicht von einer Prüfgruppe (Menschen mit Lernschwierigkeiten) geprüft. Grund: Die Prüfung beauftragt die Stadt [bis TT.MM.JJJJ; nach der Prüfung diesen Punkt löschen].',
        '- Texte der Fachämter (Beschreibungen von Maßnahmen, Sachstandsmeldungen) sind nicht in Leichter Sprache verfasst. Grund: Sie werden laufend von vielen Stellen geschrieben. Alternative: die Seite „Leichte Sprache“ erklärt das Wichtigste.',
        '- Auf der Seite „Gebärdensprache“ stehen noch keine Videos. Grund: Die Videos nimmt die Stadt mit Gebärdensprachdolmetscherinnen und -dolmetschern auf [bis TT.MM.JJJJ; sobald sie hochgeladen sind, diesen Punkt löschen]. Alternative: Über das Formular „Barriere melden“ können Sie uns um Informationen in Gebärdensprache bitten.',
        '- [Weitere bekannte Mängel aus der letzten Prüfung mit Begründung eintragen oder diesen Punkt löschen.]',
      ].join('\n'),
      '## Erstellung dieser Erklärung',
      'Diese Erklärung wurde am [TT.MM.JJJJ] erstellt. Sie wurde zuletzt am [TT.MM.JJJJ] überprüft.',
      'Methode: Selbstbewertung. Alle Seiten werden bei jeder Änderung automatisch geprüft (axe-core, Tastaturbedienung, Fokus, Umbruch bei 320 Pixel Breite, Textabstände); dazu kommt eine Prüfung von Hand nach den Prüfschritten des BITV-Tests. [Falls ein BITV-Test durch eine Prüfstelle stattfand: Prüfstelle und Datum eintragen.]',
      '## Feedback und Kontaktangaben',
      'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Oder brauchen Sie Informationen in einer barrierefreien Form? Dann melden Sie sich bei uns:',
      [
        '- Formular: „Barriere melden“ (Link unter diesem Text)',
        '- E-Mail: [barrierefreiheit@stadt.example](mailto:barrierefreiheit@stadt.example)',
        '- Telefon: [0000 000000](tel:+490000000000)',
        '- Post: [Stadtverwaltung, Stabsstelle Klimaschutz, Anschrift eintragen]',
      ].join('\n'),
      'Wir antworten Ihnen so schnell wie möglich, spätestens nach sechs Wochen.',
      '## Schlichtungsverfahren',
      'Wenn Sie auf Ihre Rückmeldung innerhalb von sechs Wochen keine zufriedenstellende Antwort erhalten, können Sie sich an die zuständige Schlichtungsstelle wenden. Das Schlichtungsverfahren ist kostenlos; Sie brauchen dafür keinen Rechtsbeistand.',
      'Zuständig ist: [Name, Anschrift, Telefon, E-Mail und Website der Schlichtungsstelle Ihres Landes nach dem Landesbehindertengleichstellungsgesetz eintragen].',
      'Für Stellen des Bundes ist es die [Schlichtungsstelle nach § 16 BGG](https://www.schlichtungsstelle-bgg.de) beim Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen.',
    ].join('\n\n'),
  },
  'leichte-sprache': {
    title: 'Leichte Sprache',
    body: [
      'Hier erklären wir diese Internet-Seite in Leichter Sprache.',
      '## Was ist auf dieser Seite?',
      'Die Stadt will das Klima schützen. Dafür macht die Stadt viele Sachen. Diese Sachen heißen: Maßnahmen.',
      'Zum Beispiel:',
      [
        '- Die Stadt baut Rad-Wege.',
        '- Die Stadt macht alte Häuser dicht. Dann brauchen die Häuser weniger Heizung.',
        '- Die Stadt baut Solar-Anlagen auf Dächer. Die machen Strom aus Sonne.',
      ].join('\n'),
      'Auf dieser Internet-Seite steht: Was macht die Stadt? Wie weit ist die Stadt damit? Sie können alle Maßnahmen ansehen.',
      '## Was bedeuten die Farben?',
      'Jede Maßnahme hat eine Farbe. Wie eine Ampel.',
      [
        '- Grün heißt: Alles läuft nach Plan.',
        '- Gelb heißt: Es gibt Probleme.',
        '- Rot heißt: Es gibt große Probleme.',
        '- Grau heißt: Das hat noch niemand geprüft.',
      ].join('\n'),
      'Neben der Farbe steht immer auch ein Wort. Sie müssen die Farbe also nicht sehen.',
      '## Sie haben ein Problem mit dieser Seite?',
      'Vielleicht können Sie etwas nicht lesen. Oder etwas geht nicht mit Ihrem Computer. Dann sagen Sie es uns bitte. Das geht so:',
      [
        '- Sie schreiben uns auf der Seite „Barriere melden“. Der Link ist unten auf jeder Seite.',
        '- Oder Sie schreiben eine E-Mail an: [barrierefreiheit@stadt.example](mailto:barrierefreiheit@stadt.example)',
        '- Oder Sie rufen an: [0000 000000](tel:+490000000000)',
      ].join('\n'),
      'Sie müssen Ihren Namen nicht sagen. Wir antworten Ihnen spätestens nach 6 Wochen.',
      '## Ist diese Seite barrierefrei?',
      'Barrierefrei heißt: Alle Menschen können die Seite benutzen. Auch Menschen mit Behinderung.',
      'Unsere Seite ist noch nicht ganz barrierefrei. Wir arbeiten daran. In der Erklärung zur Barrierefreiheit steht: Was geht noch nicht? Und warum nicht?',
      'Sie haben uns ein Problem gemeldet? Aber wir helfen Ihnen nicht? Dann können Sie sich bei der Schlichtungsstelle beschweren. Die Schlichtungsstelle hilft Ihnen. Das kostet nichts.',
    ].join('\n\n'),
  },
  gebaerdensprache: {
    title: 'Informationen in Deutscher Gebärdensprache',
    body: [
      'In den Videos auf dieser Seite erklären wir in Deutscher Gebärdensprache (DGS): was auf diesen Seiten steht, wie Sie uns eine Barriere melden und was in der Erklärung zur Barrierefreiheit steht.',
      'Jedes Video hat Untertitel. Sie schalten sie im Video unter „Untertitel“ ein.',
      'Sie können uns auch ein Video in Gebärdensprache schicken: Schreiben Sie uns über das Formular „Barriere melden“, wir melden uns bei Ihnen.',
    ].join('\n\n'),
  },
};
