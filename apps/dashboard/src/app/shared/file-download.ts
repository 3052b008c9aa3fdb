import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, from, map, switchMap, throwError } from 'rxjs';

/** Downloads of authenticated files (exports, the import template): the auth interceptor adds the session. */
@Injectable({ providedIn: 'root' })
export class FileDownload {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  /** Fetches the file and hands it to the browser under `fileName`. */
  save(url: string, fileName: string): Observable<void> {
    return this.http.get(url, { responseType: 'blob' }).pipe(
      // A refused download answers problem+json, which arrives as a Blob here: read it, so the German message shows.
      catchError((error: unknown) => from(readBlobError(error)).pipe(switchMap((e) => throwError(() => e)))),
      map((blob) => {
        const link = this.document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = fileName;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      }),
    );
  }
}

async function readBlobError(error: unknown): Promise<unknown> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return error;
  return new HttpErrorResponse({
    error: await readText(error.error).catch(() => null),
    headers: error.headers,
    status: error.status,
    statusText: error.statusText,
    url: error.url ?? undefined,
  });
}

/** FileReader rather than `Blob.text()`, which older engines (and jsdom) lack. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
