/** A council status report (Sachstandsbericht) generated in the background: running, ready or failed. */
export type DocumentJobState = 'RUNNING' | 'DONE' | 'FAILED';

/** `POST /council-reports` */
export interface CreateCouncilReportRequest {
  periodId: string;
}

/** `GET /council-reports/:id` — poll until `state` is `DONE`, then download `GET /council-reports/:id/file`. */
export interface CouncilReportJob {
  id: string;
  period: { id: string; name: string };
  state: DocumentJobState;
  /** 0 … 100 */
  progress: number;
  /** The download's name once the PDF is ready, e.g. `Sachstandsbericht-Sachstand-2025.pdf`. */
  fileName: string | null;
  error: string | null;
  createdAt: string;
  /** The document is deleted after this instant. */
  expiresAt: string;
}
