import fc from 'fast-check';
import { passwordProblem } from './password-policy';

const anna = { email: 'anna.schmidt@musterstadt.example', displayName: 'Anna Schmidt', cityName: 'Stadt Musterstadt' };

describe('password policy', () => {
  it.each([
    ['passwordpassword', /Wiederholungen/],
    ['123456789012', /zu häufig verwendet/],
    ['Passwort12345', /zu häufig verwendet|naheliegenden Wörtern/],
    ['qwertzuiopüasdf', /Tastenreihe|Tastaturmuster|zu leicht/],
    ['hallohallohallo', /Wiederholungen/],
  ])('refuses the common or patterned password %s with the reason', (password, reason) => {
    expect(passwordProblem(password)).toMatch(reason);
  });

  it('refuses passwords built from the user’s own name or address', () => {
    expect(passwordProblem('AnnaSchmidt-1980', anna)).toMatch(/enthält Ihren Namen/);
    expect(passwordProblem('anna.schmidt@musterstadt', anna)).toMatch(/enthält Ihren Namen oder Ihre E-Mail-Adresse/);
    // The same password is fine for someone else: it is the name that makes it guessable.
    expect(passwordProblem('Schmidt-Anna-Sonnenblume-42')).toBeNull();
  });

  it('refuses the product’s and the city’s obvious words with a little decoration', () => {
    expect(passwordProblem('Klimaschutz-Demo-2026', anna)).toMatch(/naheliegenden Wörtern wie „Klimaschutz“/);
    expect(passwordProblem('Musterstadt2026!!', { cityName: 'Stadt Musterstadt' })).toMatch(/naheliegenden Wörtern/);
    expect(passwordProblem('Bad-Oeynhausen-2026', { cityName: 'Bad Oeynhausen' })).toMatch(/Namen der Stadt/);
    expect(passwordProblem('Rathaus-Klimaschutz-2026', anna)).toMatch(/naheliegenden Wörtern/);
  });

  it('allows long passphrases of any script, without composition rules', () => {
    for (const ok of [
      'korrekt pferd batterie heftklammer',
      'Kaffeetasse-Wolke-Regenschirm',
      'ein-langes-passwort',
      'Zebra-Laterne-Gießkanne-7',
      'Грибы в лесу после дождя',
      'ميزانية المناخ للمدينة',
    ]) {
      expect(passwordProblem(ok, anna)).toBeNull();
    }
  });

  it('counts characters, not bytes, at the limits of 12 and 128', () => {
    expect(passwordProblem('Käse-Würfel')).toMatch(/mindestens 12 Zeichen/);
    expect(passwordProblem('ä'.repeat(129))).toMatch(/höchstens 128 Zeichen/);
    expect(passwordProblem('🌳🌲🌴🌵🌾🌿☘️🍀🍁🍂🍃🌱') ?? '').not.toMatch(/mindestens/);
  });

  it('answers every input with null or a German sentence, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 140 }), (password) => {
        const problem = passwordProblem(password, anna);
        return problem === null || /^Das Passwort /.test(problem);
      }),
      { numRuns: 200 },
    );
  });
});
