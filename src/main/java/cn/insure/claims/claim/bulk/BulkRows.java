package cn.insure.claims.claim.bulk;

import java.io.IOException;

/** The claims of a bulk file, read one at a time. */
interface BulkRows {

  /** The next claim, or {@code null} after the last. */
  BulkRow next() throws IOException;
}
