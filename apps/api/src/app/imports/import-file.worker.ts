// Runs in a worker thread (see read-upload.ts): reads the uploads it is sent, one at a time, and
// answers each with the table or the refusal.
import { parentPort } from 'node:worker_threads';
import { ImportFileError, readTable } from './import-file';

parentPort?.on('message', ({ id, buffer, fileName }: { id: number; buffer: Uint8Array; fileName: string }) => {
  readTable(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength), fileName).then(
    (table) => parentPort?.postMessage({ id, table }),
    (error: unknown) =>
      parentPort?.postMessage(
        error instanceof ImportFileError
          ? { id, refused: error.message }
          : { id, failed: error instanceof Error ? error.message : String(error) },
      ),
  );
});
