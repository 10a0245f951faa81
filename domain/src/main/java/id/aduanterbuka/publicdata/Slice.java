package id.aduanterbuka.publicdata;

import java.util.List;

/**
 * A page of a cursor-paged listing: the items and the opaque cursor of the next page (null on the
 * last). Cursors keep paging stable while new complaints arrive; no total is counted.
 */
public record Slice<T>(List<T> items, String nextCursor) {
  public Slice {
    items = List.copyOf(items);
  }
}
