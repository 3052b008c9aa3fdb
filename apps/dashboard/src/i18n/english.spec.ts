import { clearTranslations, loadTranslations } from '@angular/localize';
import { unreadLabel } from '../app/notifications/unread-notifications';
import { pageTitle } from '../app/shell/page-title-strategy';
import { english } from './english';

/** Texts built in code follow the loaded translations (main.ts loads them for the `ksc_lang` cookie). */
describe('English texts built in code', () => {
  afterEach(() => clearTranslations());

  it('are German without translations', () => {
    expect(unreadLabel(3)).toBe('Benachrichtigungen, 3 ungelesen');
  });

  it('are English with the English translations, placeholders filled in', () => {
    loadTranslations(english);
    expect(unreadLabel(3)).toBe('Notifications, 3 unread');
    expect(unreadLabel(0)).toBe('Notifications, none unread');
    expect(pageTitle($localize`:@@notifications.pageTitle:Benachrichtigungen`)).toBe('Notifications – Klimaschutz-Cockpit');
  });
});
