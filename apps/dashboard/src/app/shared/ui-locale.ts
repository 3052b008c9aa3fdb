import type { Locale } from '@klimaschutz/contracts';

/**
 * The interface language of this page load: English when the English texts are loaded (main.ts does
 * that before any app module runs, for the `ksc_lang` cookie), else German. A change reloads the page.
 */
export const UI_LOCALE: Locale = $localize`:@@shared.localeCode:de` === 'en' ? 'en' : 'de';
