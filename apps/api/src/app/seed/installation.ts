import { Injectable } from '@nestjs/common';

/** A start the server refuses for the safety of a real installation; main.ts prints the message and exits. */
export class StartRefusedError extends Error {}

/**
 * What kind of installation this is, as found at start (SeedService): a demo installation — one
 * whose demo accounts still have the password published in the README — is marked on every page.
 */
@Injectable()
export class Installation {
  /** E-mails of active demo accounts whose password is the published one. */
  demoAccounts: string[] = [];

  get demo(): boolean {
    return this.demoAccounts.length > 0;
  }
}
