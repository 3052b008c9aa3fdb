import { clearTranslations, loadTranslations } from '@angular/localize';
import { english } from '../../i18n/english';
import { describeCron } from './cron-text';

describe('describeCron', () => {
  it.each([
    ['15 0 * * *', 'täglich um 00:15 Uhr'],
    ['0 7 * * 1-5', 'werktags (Montag bis Freitag) um 07:00 Uhr'],
    ['30 6 * * 1', 'jeden Montag um 06:30 Uhr'],
    ['0 8 * * MON,THU', 'jeden Montag und Donnerstag um 08:00 Uhr'],
    ['0 8 * * 1,3,5', 'jeden Montag, Mittwoch und Freitag um 08:00 Uhr'],
    ['0 9 * * 0,6', 'samstags und sonntags um 09:00 Uhr'],
    ['0 9 * * 7', 'jeden Sonntag um 09:00 Uhr'],
    ['0 6 1 * *', 'monatlich am 1. um 06:00 Uhr'],
    ['0 6 15 3 *', 'jährlich am 15. März um 06:00 Uhr'],
    ['*/10 * * * *', 'alle 10 Minuten'],
    ['5 * * * *', 'stündlich, jeweils zur Minute 5'],
    ['0 */4 * * *', 'alle 4 Stunden, jeweils zur Minute 0'],
    ['* * * * *', 'jede Minute'],
    ['0 15 0 * * *', 'täglich um 00:15 Uhr'],
  ])('explains „%s“ as „%s“', (expression, text) => {
    expect(describeCron(expression)).toBe(text);
  });

  it.each(['', 'jeden Tag', '0 25 * * *', '0 7 * * 1-5/2', '0 7 L * *', '30 0 7 * * *', '0 7 1 * 1', '0 7 * * 5-1'])(
    'leaves „%s“ unexplained instead of guessing',
    (expression) => {
      expect(describeCron(expression)).toBeNull();
    },
  );
});

describe('describeCron in English', () => {
  beforeEach(() => loadTranslations(english));
  afterEach(() => clearTranslations());

  it.each([
    ['15 0 * * *', 'daily at 00:15'],
    ['0 7 * * 1-5', 'on weekdays (Monday to Friday) at 07:00'],
    ['0 8 * * 1,3,5', 'every Monday, Wednesday and Friday at 08:00'],
    ['0 6 15 3 *', 'yearly on 15 March at 06:00'],
    ['5 * * * *', 'hourly, at minute 5'],
  ])('explains „%s“ as „%s“', (expression, text) => {
    expect(describeCron(expression)).toBe(text);
  });
});
