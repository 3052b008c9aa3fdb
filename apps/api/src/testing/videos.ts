/** A file that starts like a WebM video (EBML header); the API recognises uploads by these bytes. */
export const WEBM_LIKE = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]), Buffer.alloc(2048, 7)]);

/** WebVTT captions with two cues. */
export const CAPTIONS_VTT =
  'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHallo! Hier erklären wir die Seite.\n\n00:00:01.000 --> 00:00:02.000\nSo melden Sie eine Barriere.\n';
