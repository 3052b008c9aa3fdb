import { Foundation1764000000000 } from './1764000000000-foundation';
import { Reporting1764100000000 } from './1764100000000-reporting';
import { Stabsstelle1764200000000 } from './1764200000000-stabsstelle';
import { Jobs1764300000000 } from './1764300000000-jobs';
import { Indicators1764400000000 } from './1764400000000-indicators';
import { Notifications1764500000000 } from './1764500000000-notifications';
import { Imports1764600000000 } from './1764600000000-imports';
import { Public1764700000000 } from './1764700000000-public';
import { ImportDefaultLead1764800000000 } from './1764800000000-import-default-lead';
import { FingerprintIndexes1764900000000 } from './1764900000000-fingerprint-indexes';
import { MeasureFilterIndex1765000000000 } from './1765000000000-measure-filter-index';
import { LoginAttempts1765100000000 } from './1765100000000-login-attempts';
import { ImportProgress1765200000000 } from './1765200000000-import-progress';
import { BackgroundLeases1765500000000 } from './1765500000000-background-leases';
import { ImportUndo1765510000000 } from './1765510000000-import-undo';
import { SitePageVideos1765800000000 } from './1765800000000-site-page-videos';
import { PersonalData1765400000000 } from './1765400000000-personal-data';
import { SignInSecurity1765300000000 } from './1765300000000-sign-in-security';
import { UserLocale1765700000000 } from './1765700000000-user-locale';
import { Emissions1765900000000 } from './1765900000000-emissions';

/** Listed explicitly: globs do not survive the webpack bundle. Append new migrations at the end. */
export const migrations = [
  Foundation1764000000000,
  Reporting1764100000000,
  Stabsstelle1764200000000,
  Jobs1764300000000,
  Indicators1764400000000,
  Notifications1764500000000,
  Imports1764600000000,
  Public1764700000000,
  ImportDefaultLead1764800000000,
  FingerprintIndexes1764900000000,
  MeasureFilterIndex1765000000000,
  LoginAttempts1765100000000,
  ImportProgress1765200000000,
  SignInSecurity1765300000000,
  PersonalData1765400000000,
  BackgroundLeases1765500000000,
  ImportUndo1765510000000,
  UserLocale1765700000000,
  SitePageVideos1765800000000,
  Emissions1765900000000,
];
