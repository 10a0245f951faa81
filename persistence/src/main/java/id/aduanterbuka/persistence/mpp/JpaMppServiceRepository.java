package id.aduanterbuka.persistence.mpp;

import id.aduanterbuka.mpp.MppService;
import id.aduanterbuka.mpp.MppServiceCode;
import id.aduanterbuka.mpp.MppServiceFilter;
import id.aduanterbuka.mpp.MppServiceRepository;
import id.aduanterbuka.persistence.PagedKeys;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The MPP service catalogue from PostgreSQL: the ids of a page by SQL (filters, stable order,
 * limit), then those services with their agency joined and the MPPs offering them batch-read.
 */
@ApplicationScoped
public class JpaMppServiceRepository implements MppServiceRepository {
  private static final String OFFERED_AT =
      "EXISTS (SELECT 1 FROM mpp_service_offering o JOIN mpp m ON m.id = o.mpp_id"
          + " WHERE o.service_id = s.id AND ";

  @PersistenceContext(unitName = "aduan")
  private EntityManager em;

  protected JpaMppServiceRepository() {}

  public JpaMppServiceRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<MppService> findByCode(MppServiceCode code) {
    return query("s.code = :code", "code", code.value())
        .setHint("eclipselink.batch", "s.requirements")
        .setHint("eclipselink.batch", "s.procedure")
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Page<MppService> find(MppServiceFilter filter, PageRequest page) {
    PagedKeys keys = new PagedKeys("mpp_service s");
    if (filter.regency() != null) {
      keys.where(OFFERED_AT + "m.regency_code = ?)", filter.regency().value());
    }
    if (filter.mpp() != null) {
      keys.where(OFFERED_AT + "m.code = ?)", filter.mpp().value());
    }
    if (filter.agency() != null) {
      keys.where(
          "s.agency_id IN (SELECT a.id FROM agency a WHERE a.code = ?)", filter.agency().value());
    }
    if (filter.free() != null) {
      // MppService.isFree: no fee
      keys.where("(s.fee_rupiah = 0) = ?", filter.free());
    }
    if (filter.online() != null) {
      keys.where("(s.online_url IS NOT NULL) = ?", filter.online());
    }
    if (filter.name() != null) {
      // SearchText.matches: contains, ignoring case; position() needs no escaping of % or _
      keys.where("position(lower(?) IN lower(s.name)) > 0", filter.name().value());
    }
    long total = keys.count(em);
    List<Long> ids = keys.ids(em, "s.id", "s.code", page);
    List<MppService> services =
        ids.isEmpty() ? List.of() : query("s.id IN :ids", "ids", ids).getResultList();
    return Page.of(
        services.stream().sorted(Comparator.comparing(MppService::code)).toList(), page, total);
  }

  private TypedQuery<MppService> query(String condition, String name, Object value) {
    return em.createQuery(
            "SELECT s FROM MppService s JOIN FETCH s.agency WHERE " + condition, MppService.class)
        .setParameter(name, value)
        .setHint("eclipselink.batch", "s.offeredAt")
        .setHint("eclipselink.batch.type", "IN");
  }
}
