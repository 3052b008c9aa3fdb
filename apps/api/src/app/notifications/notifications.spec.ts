import type { ConfigService } from '@nestjs/config';
import fc from 'fast-check';
import { createServer, type AddressInfo } from 'node:net';
import { newlyAssigned } from './handoff-notifier';
import { isoWeek } from './digest';
import { describeMailError, isTemporaryMailError, Mailer } from './mailer';
import { reminderOffset } from './reminders.service';
import { startSmtpSink } from '../../testing/smtp-sink';
import { addDays, composeMail, daysBetween, germanDate, germanDateRange, inDays, runSummary } from './texts';

describe('reminder offsets', () => {
  it('picks the smallest configured offset that has been reached', () => {
    expect(reminderOffset([14, 3], 20)).toBeNull();
    expect(reminderOffset([14, 3], 14)).toBe(14);
    expect(reminderOffset([14, 3], 10)).toBe(14);
    expect(reminderOffset([14, 3], 3)).toBe(3);
    expect(reminderOffset([14, 3], 0)).toBe(3);
    expect(reminderOffset([14, 3], -1)).toBeNull();
    expect(reminderOffset([14, 3, 0], 0)).toBe(0);
  });

  it('never goes back to a larger offset as the due date comes closer (so no reminder repeats)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 70 }),
        (offsets, days) => {
          const today = reminderOffset(offsets, days);
          const tomorrow = reminderOffset(offsets, days - 1);
          if (today !== null && tomorrow !== null) expect(tomorrow).toBeLessThanOrEqual(today);
          if (today !== null) expect(today).toBeGreaterThanOrEqual(days);
        },
      ),
    );
  });
});

describe('day arithmetic and German wording', () => {
  it('counts days across month, year and DST changes', () => {
    expect(daysBetween('2026-11-25', '2026-12-15')).toBe(20);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addDays('2026-11-25', -26)).toBe('2026-10-30');
    fc.assert(fc.property(fc.integer({ min: -400, max: 400 }), (n) => daysBetween('2026-11-25', addDays('2026-11-25', n)) === n));
  });

  it('writes every date of a notification as dd.MM.yyyy, without a trailing dot, so a sentence can end with it', () => {
    expect(germanDate('2026-12-15')).toBe('15.12.2026');
    expect(`Abgabefrist ist am ${germanDate('2026-12-15')}.`).toBe('Abgabefrist ist am 15.12.2026.');
    // An instant is the day it is in Berlin: 23:30 UTC on 30 November is already 1 December there.
    expect(germanDate(new Date('2026-11-30T23:30:00Z'))).toBe('01.12.2026');
    expect(germanDate(new Date('2026-11-30T22:59:59Z'))).toBe('30.11.2026');
    expect(`(${germanDateRange(new Date('2026-11-30T07:30:00+01:00'), '2026-12-07')}):`).toBe('(30.11.2026 bis 07.12.2026):');
    expect(() => germanDate('15.12.2026')).toThrow(/not a calendar day/);
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (instant) => {
        const text = `am ${germanDate(instant)}. (${germanDateRange(instant, instant)})`;
        expect(germanDate(instant)).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
        expect(text).not.toContain('..');
      }),
    );
  });

  it('says "heute", "morgen" or "in n Tagen"', () => {
    expect([0, 1, 3].map(inDays)).toEqual(['heute', 'morgen', 'in 3 Tagen']);
  });

  it('numbers ISO weeks with the Thursday rule', () => {
    expect(isoWeek('2026-11-25')).toBe('2026-W48');
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });

  it('summarises a run the way the admin page shows it', () => {
    expect(runSummary(5, ['Erinnerung', 'Erinnerungen'], { sent: 4, failed: 1, skipped: 0 }, true)).toBe(
      '5 Erinnerungen, 4 E-Mails versendet, 1 fehlgeschlagen',
    );
    expect(runSummary(1, ['Erinnerung', 'Erinnerungen'], { sent: 1, failed: 0, skipped: 0 }, true)).toBe(
      '1 Erinnerung, 1 E-Mail versendet',
    );
    expect(runSummary(0, ['Erinnerung', 'Erinnerungen'], { sent: 0, failed: 0, skipped: 0 }, true)).toBe('0 Erinnerungen');
    expect(runSummary(2, ['Erinnerung', 'Erinnerungen'], { sent: 0, failed: 0, skipped: 2 }, false)).toBe(
      '2 Erinnerungen, nur im Cockpit (E-Mail-Versand nicht eingerichtet)',
    );
  });

  it('writes the email with greeting, text, link into the app and where to switch email off', () => {
    const mail = composeMail(
      { title: 'Betreff', body: 'Text.', link: '/massnahmen/1' },
      { displayName: 'Jonas Petersen', locale: 'de' },
      'https://ksc.example',
    );
    expect(mail.subject).toBe('Betreff');
    expect(mail.text.split('\n').slice(0, 5)).toEqual(['Guten Tag Jonas Petersen,', '', 'Text.', '', 'Im Klimaschutz-Cockpit öffnen:']);
    expect(mail.text).toContain('https://ksc.example/massnahmen/1');
    expect(mail.text).toContain('https://ksc.example/benachrichtigungen');
    expect(
      composeMail({ title: 'B', body: 'T', link: null }, { displayName: 'X', locale: 'de' }, 'https://ksc.example').text,
    ).not.toContain('öffnen:');
  });

  it('writes the email of a recipient whose interface is English in English', () => {
    const mail = composeMail(
      { title: 'Subject', body: 'Text.', link: '/massnahmen/1' },
      { displayName: 'Jonas Petersen', locale: 'en' },
      'https://ksc.example',
    );
    expect(mail.text.split('\n').slice(0, 5)).toEqual(['Hello Jonas Petersen,', '', 'Text.', '', 'Open in the Klimaschutz-Cockpit:']);
    expect(mail.text).toContain('This message was sent automatically by the Klimaschutz-Cockpit.');
    expect(mail.text).not.toMatch(/Guten Tag|öffnen|Benachrichtigungen und/);
  });
});

describe('SMTP error classification', () => {
  it('retries 4xx replies and connection problems, not 5xx replies or a wrong setup', () => {
    const error = (props: Record<string, unknown>) => Object.assign(new Error('x'), props);
    expect(isTemporaryMailError(error({ responseCode: 451, code: 'EENVELOPE' }))).toBe(true);
    expect(isTemporaryMailError(error({ responseCode: 421 }))).toBe(true);
    expect(isTemporaryMailError(error({ code: 'ECONNECTION' }))).toBe(true);
    expect(isTemporaryMailError(error({ code: 'ETIMEDOUT' }))).toBe(true);
    expect(isTemporaryMailError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET' }))).toBe(true);
    expect(isTemporaryMailError(error({ responseCode: 550, code: 'EENVELOPE' }))).toBe(false);
    expect(isTemporaryMailError(error({ code: 'EAUTH' }))).toBe(false);
    expect(describeMailError(error({ code: 'EAUTH', message: 'Invalid login:\n535 denied' }))).toBe('EAUTH: Invalid login: 535 denied');
  });

  it('treats a mail server that is not there as temporary (nodemailer’s real error)', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const config = {
      getOrThrow: () => ({ smtpUrl: `smtp://127.0.0.1:${port}`, mail: { from: 'a@b.de', retryDelaysMs: [] } }),
    } as unknown as ConfigService;
    const mailer = new Mailer(config);
    const failure = await mailer.send({ to: 'x@y.de', subject: 's', text: 't' }).catch((e: unknown) => e);
    mailer.onModuleDestroy();
    expect(isTemporaryMailError(failure)).toBe(true);
    expect(describeMailError(failure)).toMatch(/ECONNREFUSED/);
  });
});

describe('what the mail server receives', () => {
  it('never sends a line that starts with a dot, so no relay can turn „15.12.2026.“ into „15.12.2026..“', async () => {
    const sink = await startSmtpSink();
    const config = { getOrThrow: () => ({ smtpUrl: sink.url, mail: { from: 'a@b.de', retryDelaysMs: [] } }) } as unknown as ConfigService;
    const mailer = new Mailer(config);
    try {
      // German sentences with dates, umlauts and lines long enough to be wrapped, at every offset.
      const sentence = fc.constantFrom(
        'Abgabefrist ist am 15.12.2026.',
        'Ihre Wochenübersicht (30.11.2026 bis 07.12.2026):',
        '.NET-Umstellung',
        'Prüfung',
        '…',
      );
      const text = fc
        .tuple(fc.string({ maxLength: 80 }), fc.array(sentence, { minLength: 1, maxLength: 6 }))
        .map(([pad, parts]) => `${pad} ${parts.join(' ')}`);
      await fc.assert(
        fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 4 }), async (lines) => {
          sink.reset();
          const body = lines.join('\n');
          await mailer.send({ to: 'x@y.de', subject: 'Wochenübersicht', text: body });
          const [mail] = sink.received;
          expect(mail.text).toBe(body);
          expect(mail.textViaSloppyRelay).toBe(body);
        }),
        { numRuns: 60 },
      );
    } finally {
      mailer.onModuleDestroy();
      await sink.close();
    }
  });
});

describe('measure assignment', () => {
  const a = (lead: string, participants: string[] = []) => ({ leadOrgUnitId: lead, participatingOrgUnitIds: participants });
  it('names only the units that are new in their role', () => {
    expect(newlyAssigned(null, a('61', ['66']))).toEqual([
      { orgUnitId: '61', lead: true },
      { orgUnitId: '66', lead: false },
    ]);
    expect(newlyAssigned(a('61', ['66']), a('61', ['66']))).toEqual([]);
    expect(newlyAssigned(a('61', ['66']), a('61', ['66', '36']))).toEqual([{ orgUnitId: '36', lead: false }]);
    expect(newlyAssigned(a('66', ['61']), a('61', ['66']))).toEqual([
      { orgUnitId: '61', lead: true },
      { orgUnitId: '66', lead: false },
    ]);
    expect(newlyAssigned(a('61', ['66', '36']), a('61', ['36']))).toEqual([]);
  });
});
