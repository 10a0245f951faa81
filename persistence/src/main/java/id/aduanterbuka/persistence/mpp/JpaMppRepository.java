package id.aduanterbuka.persistence.mpp;

import id.aduanterbuka.mpp.Mpp;
import id.aduanterbuka.mpp.MppCode;
import id.aduanterbuka.mpp.MppFilter;
import id.aduanterbuka.mpp.MppRepository;
import id.aduanterbuka.persistence.PagedKeys;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MPPs from PostgreSQL: the ids of a page by SQL, then those MPPs with their regency joined and
 * opening hours and tenants batch-read, so a page costs a fixed number of queries.
 */
@ApplicationScoped
public class JpaMppRepository implements MppRepository {
  @PersistenceContext(unitName = "aduan")
  private EntityManager em;

  protected JpaMppRepository() {}

  public JpaMppRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Mpp> findByCode(MppCode code) {
    return fetch("m.code = :code", "code", code.value()).stream().findFirst();
  }

  @Override
  public Page<Mpp> find(MppFilter filter, PageRequest page) {
    PagedKeys keys = new PagedKeys("mpp m");
    if (filter.regency() != null) {
      keys.where("m.regency_code = ?", filter.regency().value());
    }
    if (filter.name() != null) {
      // SearchText.matches: contains, ignoring case; position() needs no escaping of % or _
      keys.where("position(lower(?) IN lower(m.name)) > 0", filter.name().value());
    }
    long total = keys.count(em);
    List<Long> ids = keys.ids(em, "m.id", "m.code", page);
    List<Mpp> mpps = ids.isEmpty() ? List.of() : fetch("m.id IN :ids", "ids", ids);
    return Page.of(mpps.stream().sorted(Comparator.comparing(Mpp::code)).toList(), page, total);
  }

  @Override
  public Map<String, Long> countServices(Collection<String> mppCodes) {
    Map<String, Long> counts = new HashMap<>();
    if (mppCodes.isEmpty()) {
      return counts;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT m.code, COUNT(s) FROM MppService s JOIN s.offeredAt m"
                    + " WHERE m.code IN :codes GROUP BY m.code",
                Object[].class)
            .setParameter("codes", List.copyOf(mppCodes))
            .getResultList();
    for (Object[] row : rows) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  private List<Mpp> fetch(String condition, String name, Object value) {
    return em.createQuery("SELECT m FROM Mpp m JOIN FETCH m.regency WHERE " + condition, Mpp.class)
        .setParameter(name, value)
        .setHint("eclipselink.batch", "m.openingHours")
        .setHint("eclipselink.batch", "m.tenants")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }
}
