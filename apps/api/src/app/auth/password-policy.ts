import { BadRequestException } from '@nestjs/common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@klimaschutz/contracts';
import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';

/**
 * The one password rule, applied wherever a password is set (admin creates or resets one,
 * self-service change, INITIAL_ADMIN_PASSWORD at start): 12–128 characters, any Unicode, no
 * composition rules, and a strength estimate by zxcvbn-ts over its German, English and common word
 * lists — the common list holds the most frequent passwords of public breach corpora, the offline
 * stand-in for a breached-password service (a city's server asks nobody on the internet).
 */

/** zxcvbn's estimate of guesses needed, as a power of ten; 10 is its top score ("very unguessable"). */
const MIN_GUESSES_LOG10 = 10;

/** Words anyone would try first against this product's users, besides the city's own name. */
const PRODUCT_WORDS = [
  'klimaschutz',
  'klimaschutzcockpit',
  'klima',
  'cockpit',
  'musterstadt',
  'stadt',
  'stadtverwaltung',
  'verwaltung',
  'rathaus',
  'buergermeister',
  'bürgermeister',
  'buergermeisterin',
  'bürgermeisterin',
  'stabsstelle',
  'klimaschutzmanagement',
  'nachhaltigkeit',
  'umwelt',
  'energie',
];

export interface PasswordContext {
  /** The account's e-mail address and name: a password built from them is refused. */
  email?: string | null;
  displayName?: string | null;
  /** CITY_NAME, e.g. "Stadt Musterstadt". */
  cityName?: string | null;
}

let estimator: ZxcvbnFactory | null = null;

/** Built on first use: loading the word lists takes a few hundred milliseconds. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, ...de.dictionary, product: PRODUCT_WORDS },
    // Our own German reasons below read the warning keys; the suggestions come in German.
    translations: {
      ...de.translations,
      warnings: Object.fromEntries(Object.keys(de.translations.warnings).map((k) => [k, k])),
    } as typeof de.translations,
  });
  return estimator;
}

/** Too general to count as part of someone's name or address ("stadt" is an obvious word anyway). */
const NOT_PERSONAL = ['example', 'stadt', 'www', 'com', 'org', 'net', 'info'];

/** Parts of names or addresses that someone guessing would try ("anna", "schmidt", "musterstadt"), longest first. */
function tokens(values: (string | null | undefined)[], words: string[] = []): string[] {
  const found = new Set<string>(words);
  for (const value of values) {
    for (const part of (value ?? '')
      .normalize('NFC')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)) {
      if ([...part].length >= 3 && !NOT_PERSONAL.includes(part)) found.add(part);
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

const strong = (result: ZxcvbnResult) => result.guessesLog10 >= MIN_GUESSES_LOG10;

/** What remains of the password once every occurrence of the words is taken out. */
function without(password: string, words: string[]): { rest: string; found: boolean } {
  let rest = password.normalize('NFC').toLowerCase();
  let found = false;
  for (const word of words) {
    if (rest.includes(word)) {
      found = true;
      rest = rest.split(word).join('');
    }
  }
  return { rest, found };
}

const WARNING_REASONS: Record<string, string> = {
  topTen: 'Das Passwort wird zu häufig verwendet: Es gehört zu den zehn häufigsten Passwörtern.',
  topHundred: 'Das Passwort wird zu häufig verwendet: Es gehört zu den hundert häufigsten Passwörtern.',
  common: 'Das Passwort wird zu häufig verwendet: Es steht in Listen bekannter, bei Datenlecks veröffentlichter Passwörter.',
  similarToCommon: 'Das Passwort wird zu häufig verwendet: Es ist eine leichte Abwandlung eines bekannten Passworts.',
  pwned: 'Das Passwort wird zu häufig verwendet: Es steht in Listen bei Datenlecks veröffentlichter Passwörter.',
  userInputs: 'Das Passwort enthält Ihren Namen oder Ihre E-Mail-Adresse.',
  simpleRepeat: 'Das Passwort besteht aus Wiederholungen (wie „aaa“) und ist leicht zu erraten.',
  extendedRepeat: 'Das Passwort besteht aus Wiederholungen (wie „abcabc“) und ist leicht zu erraten.',
  straightRow: 'Das Passwort ist eine Tastenreihe der Tastatur und leicht zu erraten.',
  keyPattern: 'Das Passwort ist ein Tastaturmuster und leicht zu erraten.',
  sequences: 'Das Passwort ist eine Zeichenfolge wie „abc“ oder „123“ und leicht zu erraten.',
  recentYears: 'Das Passwort besteht vor allem aus einer Jahreszahl und ist leicht zu erraten.',
  dates: 'Das Passwort besteht vor allem aus einem Datum und ist leicht zu erraten.',
  wordByItself: 'Das Passwort ist ein einzelnes Wort und leicht zu erraten.',
  namesByThemselves: 'Das Passwort ist ein Name und leicht zu erraten.',
  commonNames: 'Das Passwort besteht aus verbreiteten Vor- oder Nachnamen und ist leicht zu erraten.',
};

/** Why the estimate is too low, in German, with the library's own suggestion. */
function reasonOf(result: ZxcvbnResult): string {
  const reason =
    (result.feedback.warning && WARNING_REASONS[result.feedback.warning]) ||
    (result.sequence.some((m) => m.pattern === 'dictionary' && m.dictionaryName === 'product')
      ? 'Das Passwort besteht vor allem aus naheliegenden Wörtern wie „Klimaschutz“ oder dem Namen der Stadt.'
      : result.sequence.some((m) => m.pattern === 'dictionary' && m.dictionaryName === 'passwords-common')
        ? WARNING_REASONS['common']
        : 'Das Passwort ist zu leicht zu erraten.');
  const hint = result.feedback.suggestions[0];
  return hint ? `${reason} Tipp: ${hint}` : reason;
}

/** Why this password may not be set, in German for the user; null when it may. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) return `Das Passwort muss mindestens ${PASSWORD_MIN_LENGTH} Zeichen lang sein.`;
  if (length > PASSWORD_MAX_LENGTH) return `Das Passwort darf höchstens ${PASSWORD_MAX_LENGTH} Zeichen lang sein.`;
  const personal = tokens([context.email, context.displayName]);
  const obvious = tokens([context.cityName], PRODUCT_WORDS);
  const check = (value: string) => zxcvbn().check(value, personal);

  // Built from the user's own name or address: what is left without them must hold on its own.
  const ownWords = without(password, personal);
  if (ownWords.found && !strong(check(ownWords.rest)))
    return 'Das Passwort enthält Ihren Namen oder Ihre E-Mail-Adresse; ohne sie ist es zu leicht zu erraten.';
  const obviousWords = without(ownWords.rest, obvious);
  if (obviousWords.found && !strong(check(obviousWords.rest))) {
    return 'Das Passwort besteht vor allem aus naheliegenden Wörtern wie „Klimaschutz“ oder dem Namen der Stadt; ohne sie ist es zu leicht zu erraten.';
  }
  const result = check(password);
  return strong(result) ? null : reasonOf(result);
}

/** Refuses a password against the policy with a 400 naming the field and the reason. */
export function assertPasswordAllowed(password: string, context: PasswordContext, field = 'password'): void {
  const problem = passwordProblem(password, context);
  if (problem) throw new BadRequestException({ detail: problem, errors: [{ field, message: problem }] });
}
