/** A data version read from files' change times: any commit by any process touches the database files. */
import { statSync } from 'node:fs';

/** Returns a function giving a token that changes whenever one of the files is written, created or removed. */
export function fileChangeToken(paths: readonly string[]): () => string {
  return () =>
    paths
      .map((path) => {
        // bigint stats carry nanoseconds: two commits within one millisecond still differ.
        const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
        return stat ? `${stat.mtimeNs}:${stat.size}:${stat.ino}` : '-';
      })
      .join('|');
}
