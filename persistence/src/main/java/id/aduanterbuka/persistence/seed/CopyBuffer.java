package id.aduanterbuka.persistence.seed;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table in PostgreSQL's COPY text format, encoded straight to UTF-8 bytes and sent in
 * one COPY when flushed. Writing bytes directly keeps the loader from building a String per row,
 * which matters at millions of rows. Also used by the bulk importer for the rows it inserts.
 */
public final class CopyBuffer {
  /** Timestamps are written at Asia/Jakarta's fixed offset; Indonesia has no daylight saving. */
  static final int JAKARTA_OFFSET_SECONDS = 7 * 3600;

  private final String sql;
  private byte[] bytes = new byte[1 << 16];
  private int size;
  private int rows;
  private boolean rowStarted;

  public CopyBuffer(String table, String... columns) {
    this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
  }

  public int rows() {
    return rows;
  }

  public CopyBuffer value(long v) {
    separator();
    if (v < 0) {
      put((byte) '-');
      v = -v;
    }
    int start = size;
    do {
      put((byte) ('0' + (v % 10)));
      v /= 10;
    } while (v > 0);
    reverse(start, size - 1);
    return this;
  }

  CopyBuffer value(boolean v) {
    separator();
    put((byte) (v ? 't' : 'f'));
    return this;
  }

  /** Text, escaped for COPY; {@code null} becomes SQL NULL. */
  public CopyBuffer value(CharSequence s) {
    separator();
    if (s == null) {
      put((byte) '\\');
      put((byte) 'N');
      return this;
    }
    int n = s.length();
    ensure(n * 3);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> escaped('\\');
        case '\t' -> escaped('t');
        case '\n' -> escaped('n');
        case '\r' -> escaped('r');
        default -> utf8(s, i, c);
      }
      if (Character.isHighSurrogate(c) && i + 1 < n) {
        i++;
      }
    }
    return this;
  }

  public CopyBuffer nullValue() {
    return value((CharSequence) null);
  }

  /** An instant in epoch seconds, written as Jakarta local time with its +07 offset. */
  public CopyBuffer timestamp(long epochSecond) {
    separator();
    long local = epochSecond + JAKARTA_OFFSET_SECONDS;
    long day = Math.floorDiv(local, 86_400);
    int second = Math.floorMod(local, 86_400);
    writeDate(LocalDate.ofEpochDay(day));
    put((byte) ' ');
    two(second / 3600);
    put((byte) ':');
    two(second / 60 % 60);
    put((byte) ':');
    two(second % 60);
    put((byte) '+');
    two(7);
    return this;
  }

  CopyBuffer date(LocalDate d) {
    separator();
    if (d == null) {
      put((byte) '\\');
      put((byte) 'N');
    } else {
      writeDate(d);
    }
    return this;
  }

  public void endRow() {
    put((byte) '\n');
    rows++;
    rowStarted = false;
  }

  /** Sends the buffered rows as one COPY and empties the buffer; returns the rows copied. */
  public long flush(CopyManager copy) throws SQLException {
    if (rows == 0) {
      return 0;
    }
    CopyIn in = copy.copyIn(sql);
    try {
      in.writeToCopy(bytes, 0, size);
      long copied = in.endCopy();
      size = 0;
      rows = 0;
      return copied;
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private void writeDate(LocalDate d) {
    int y = d.getYear();
    two(y / 100);
    two(y % 100);
    put((byte) '-');
    two(d.getMonthValue());
    put((byte) '-');
    two(d.getDayOfMonth());
  }

  private void separator() {
    if (rowStarted) {
      put((byte) '\t');
    }
    rowStarted = true;
  }

  private void escaped(char c) {
    put((byte) '\\');
    put((byte) c);
  }

  private void utf8(CharSequence s, int i, char c) {
    if (c < 0x80) {
      put((byte) c);
    } else if (c < 0x800) {
      put((byte) (0xC0 | c >> 6));
      put((byte) (0x80 | c & 0x3F));
    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      put((byte) (0xF0 | cp >> 18));
      put((byte) (0x80 | cp >> 12 & 0x3F));
      put((byte) (0x80 | cp >> 6 & 0x3F));
      put((byte) (0x80 | cp & 0x3F));
    } else {
      put((byte) (0xE0 | c >> 12));
      put((byte) (0x80 | c >> 6 & 0x3F));
      put((byte) (0x80 | c & 0x3F));
    }
  }

  private void two(int v) {
    put((byte) ('0' + v / 10));
    put((byte) ('0' + v % 10));
  }

  private void reverse(int from, int to) {
    while (from < to) {
      byte b = bytes[from];
      bytes[from++] = bytes[to];
      bytes[to--] = b;
    }
  }

  private void put(byte b) {
    if (size == bytes.length) {
      ensure(1);
    }
    bytes[size++] = b;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
