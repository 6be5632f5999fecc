package cn.insure.claims.claim.bulk;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: comma-separated, fields in double quotes may hold commas, quotes written
 * twice and line breaks) one record at a time, so a file of any length is never held in memory.
 * Blank lines are skipped.
 */
final class CsvRecords {

  /** No honest claim row comes near this; an unbalanced quote would otherwise swallow the whole file. */
  static final int MAX_RECORD_CHARS = 65_536;

  /** The file cannot be read on from here (an unbalanced quote). */
  static final class MalformedCsvException extends IOException {
    MalformedCsvException(String message) {
      super(message);
    }
  }

  private final Reader in;
  private int pushedBack = -2;

  CsvRecords(Reader in) {
    this.in = in;
  }

  /** The next record's fields, or {@code null} at the end of the file. */
  List<String> next() throws IOException {
    while (true) {
      List<String> record = readRecord();
      if (record == null) {
        return null;
      }
      if (!(record.size() == 1 && record.get(0).isBlank())) {
        return record;
      }
    }
  }

  private List<String> readRecord() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int length = 0;
    while (true) {
      if (++length > MAX_RECORD_CHARS) {
        throw new MalformedCsvException("a record is longer than " + MAX_RECORD_CHARS
            + " characters; is a double quote not closed?");
      }
      if (quoted) {
        if (c == -1) {
          throw new MalformedCsvException("the file ends inside a quoted field; is a double quote not closed?");
        }
        if (c == '"') {
          int following = read();
          if (following == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = following;
            continue;
          }
        } else {
          field.append((char) c);
        }
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n' || c == -1) {
        if (c == '\r') {
          int following = read();
          if (following != '\n') {
            pushedBack = following;
          }
        }
        fields.add(field.toString());
        return fields;
      } else if (c == '"' && field.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }
}
