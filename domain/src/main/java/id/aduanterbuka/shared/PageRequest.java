package id.aduanterbuka.shared;

/**
 * Which page of a listing to return. Pages are numbered from 1; a page holds at most {@link
 * #MAX_SIZE} items so that no request can make the server read a whole table.
 */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 1) {
      throw new InvalidValueException("page", "page must be 1 or more, was " + page + ".");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidValueException(
          "size", "size must be between 1 and " + MAX_SIZE + ", was " + size + ".");
    }
  }

  public static PageRequest first() {
    return new PageRequest(1, DEFAULT_SIZE);
  }

  /** Zero-based index of the first item of this page. */
  public long offset() {
    return (long) (page - 1) * size;
  }
}
