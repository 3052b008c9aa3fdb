import { HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';

/**
 * Sends `content` whole (200) or the one byte range the client asked for (206 Partial Content), as
 * media players need to seek: Safari and iOS play a video only from a server that answers
 * `Range: bytes=…` this way. The range is parsed by Express (`req.range`, the `range-parser` that
 * `res.sendFile` uses), with the same choices as `send`: a range of another unit, several ranges at
 * once, or an `If-Range` that names another version get the whole file; a range that lies outside
 * the file or cannot be read gets 416 with `Content-Range: bytes *\/size`.
 *
 * `etag` must be a strong validator of the whole content (it is also what `If-Range` is compared to).
 */
export function sendByteRanges(request: Request, response: Response, content: Buffer, etag: string): void {
  const size = content.length;
  const ifRange = request.get('If-Range');
  const ranges = ifRange === undefined || ifRange === etag ? request.range(size, { combine: true }) : undefined;
  if (ranges === -1 || ranges === -2) {
    response.setHeader('Content-Range', `bytes */${size}`);
    throw new HttpException(
      {
        detail: `Der angefragte Bereich „${request.get('Range')}“ liegt nicht in der Datei (${size} Bytes; erlaubt ist ein Bereich wie „bytes=0-1023“).`,
      },
      HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
    );
  }
  response.setHeader('Accept-Ranges', 'bytes');
  response.setHeader('ETag', etag);
  if (ranges === undefined || ranges.type !== 'bytes' || ranges.length !== 1) {
    response.send(content);
    return;
  }
  const [{ start, end }] = ranges;
  response.status(HttpStatus.PARTIAL_CONTENT);
  response.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
  response.send(content.subarray(start, end + 1));
}
