import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@klimaschutz/contracts';

/**
 * The password rule as every password field shows it, in the interface language (the German source
 * is `PASSWORD_RULE_TEXT` of the contracts, which the API documents); the server names the reason
 * when it refuses a password.
 */
export const PASSWORD_RULE = $localize`:@@shared.passwordRule:Mindestens ${PASSWORD_MIN_LENGTH}:min: und höchstens ${PASSWORD_MAX_LENGTH}:max: Zeichen; am besten mehrere Wörter oder ein Satz. Abgelehnt werden häufig verwendete Passwörter, Ihr Name und Ihre E-Mail-Adresse sowie naheliegende Wörter wie „Klimaschutz“ oder der Name der Stadt.`;
