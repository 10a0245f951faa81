package id.aduanterbuka.cli;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over records read one at a time from a stream: a subclass says how to read the next
 * record ({@link #fetch}, null at the end), this class when.
 */
abstract class LookAhead<T> implements Iterator<T> {
  private T next;
  private boolean fetched;

  /** Reads the next record, or returns null when there is none. */
  protected abstract T fetch();

  @Override
  public final boolean hasNext() {
    if (!fetched) {
      next = fetch();
      fetched = true;
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    fetched = false;
    return next;
  }
}
