package id.aduanterbuka.persistence.agency;

import id.aduanterbuka.agency.Agency;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.agency.AgencyFilter;
import id.aduanterbuka.agency.AgencyRepository;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Agencies from PostgreSQL. A page is read in two steps — the ids of the page by SQL (filter,
 * stable order, limit), then those agencies with region, parent and channels fetched together — so
 * that a page costs three queries whatever its size.
 */
@ApplicationScoped
public class JpaAgencyRepository implements AgencyRepository {
  @PersistenceContext(unitName = "aduan")
  private EntityManager em;

  protected JpaAgencyRepository() {}

  public JpaAgencyRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Agency> findByCode(AgencyCode code) {
    return fetch("a.code = :code", "code", code).stream().findFirst();
  }

  @Override
  public Page<Agency> find(AgencyFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> params = new ArrayList<>();
    if (filter.kind() != null) {
      params.add(filter.kind().name());
      where.append(" AND kind = ?").append(params.size());
    }
    if (filter.region() != null) {
      params.add(filter.region().value());
      int exact = params.size();
      params.add(filter.region().value() + ".%");
      where
          .append(" AND (region_code = ?")
          .append(exact)
          .append(" OR region_code LIKE ?")
          .append(params.size())
          .append(")");
    }
    Query count = em.createNativeQuery("SELECT count(*) FROM agency" + where);
    Query ids =
        em.createNativeQuery(
            "SELECT id FROM agency"
                + where
                + " ORDER BY code LIMIT ?L OFFSET ?O"
                    .replace("?L", "?" + (params.size() + 1))
                    .replace("?O", "?" + (params.size() + 2)));
    for (int i = 0; i < params.size(); i++) {
      count.setParameter(i + 1, params.get(i));
      ids.setParameter(i + 1, params.get(i));
    }
    ids.setParameter(params.size() + 1, page.size());
    ids.setParameter(params.size() + 2, page.offset());
    long total = ((Number) count.getSingleResult()).longValue();
    List<Long> pageIds =
        ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    List<Agency> agencies = pageIds.isEmpty() ? List.of() : fetch("a.id IN :ids", "ids", pageIds);
    return Page.of(
        agencies.stream().sorted(Comparator.comparing(Agency::code)).toList(), page, total);
  }

  private List<Agency> fetch(String condition, String name, Object value) {
    return em.createQuery(
            "SELECT DISTINCT a FROM Agency a JOIN FETCH a.region LEFT JOIN FETCH a.parent WHERE "
                + condition,
            Agency.class)
        .setParameter(name, value)
        .setHint("eclipselink.batch", "a.channels")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }
}
