package id.aduanterbuka.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a listing in a stable order, with the total so that a client can show "x of y". */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

  public Page {
    items = List.copyOf(items);
    if (totalItems < 0) {
      throw new IllegalArgumentException("totalItems must not be negative");
    }
  }

  public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
    return new Page<>(items, request.page(), request.size(), totalItems);
  }

  public long totalPages() {
    return totalItems == 0 ? 0 : (totalItems + size - 1) / size;
  }

  public boolean hasNext() {
    return page < totalPages();
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
  }
}
