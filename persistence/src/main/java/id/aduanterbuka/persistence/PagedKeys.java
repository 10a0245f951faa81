package id.aduanterbuka.persistence;

import id.aduanterbuka.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL half of a paged listing: filter conditions with their parameters, one count, and the keys
 * of one page in a stable order. Repositories then fetch the entities of those keys by JPQL with
 * whatever they need joined, so a page costs a fixed number of queries whatever its size.
 *
 * <p>Order columns are compared with the "C" collation: byte order, the same as Java's {@code
 * String} order for our ASCII codes and independent of the database's locale (a linguistic
 * collation ignores the dashes and dots in codes).
 */
public final class PagedKeys {
  private final String from;
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  /**
   * @param from the table and its alias, e.g. {@code "mpp_service s"}
   */
  public PagedKeys(String from) {
    this.from = from;
  }

  /** Adds a condition (joined with AND); each {@code ?} in it takes the next of {@code values}. */
  public PagedKeys where(String condition, Object... values) {
    StringBuilder numbered = new StringBuilder();
    int used = 0;
    for (char ch : condition.toCharArray()) {
      if (ch == '?') {
        if (used == values.length) {
          throw new IllegalArgumentException("more '?' than values in " + condition);
        }
        parameters.add(values[used++]);
        numbered.append('?').append(parameters.size());
      } else {
        numbered.append(ch);
      }
    }
    if (used != values.length) {
      throw new IllegalArgumentException("more values than '?' in " + condition);
    }
    conditions.add("(" + numbered + ")");
    return this;
  }

  /** How many rows match. */
  public long count(EntityManager em) {
    Query count = em.createNativeQuery("SELECT count(*) FROM " + from + where());
    bind(count);
    return ((Number) count.getSingleResult()).longValue();
  }

  /**
   * The {@code key} column of the rows of one page, ordered by {@code orderColumn} in byte order.
   */
  public List<Object> keys(EntityManager em, String key, String orderColumn, PageRequest page) {
    int limit = parameters.size() + 1;
    Query keys =
        em.createNativeQuery(
            "SELECT "
                + key
                + " FROM "
                + from
                + where()
                + " ORDER BY "
                + orderColumn
                + " COLLATE \"C\" LIMIT ?"
                + limit
                + " OFFSET ?"
                + (limit + 1));
    bind(keys);
    keys.setParameter(limit, page.size());
    keys.setParameter(limit + 1, page.offset());
    return List.copyOf((List<?>) keys.getResultList());
  }

  /** The numeric {@code id} column of one page's rows, ordered by {@code orderColumn}. */
  public List<Long> ids(EntityManager em, String id, String orderColumn, PageRequest page) {
    return keys(em, id, orderColumn, page).stream().map(k -> ((Number) k).longValue()).toList();
  }

  private String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private void bind(Query query) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
  }
}
