package id.aduanterbuka.persistence.region;

import id.aduanterbuka.persistence.PagedKeys;
import id.aduanterbuka.region.Region;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionFilter;
import id.aduanterbuka.region.RegionKind;
import id.aduanterbuka.region.RegionLevel;
import id.aduanterbuka.region.RegionRepository;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Regions from PostgreSQL. */
@ApplicationScoped
public class JpaRegionRepository implements RegionRepository {
  @PersistenceContext(unitName = "aduan")
  private EntityManager em;

  protected JpaRegionRepository() {}

  public JpaRegionRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Region> find(RegionCode code) {
    return Optional.ofNullable(em.find(Region.class, code));
  }

  @Override
  public List<Region> findByLevel(RegionLevel level) {
    return em.createQuery(
            "SELECT r FROM Region r WHERE r.kind IN :kinds ORDER BY r.code", Region.class)
        .setParameter("kinds", level.kinds())
        .getResultList();
  }

  @Override
  public Page<Region> find(RegionFilter filter, PageRequest page) {
    PagedKeys keys = new PagedKeys("region r");
    if (filter.level() != null) {
      // the level's kinds come from the domain, so SQL cannot disagree with RegionLevel
      List<String> kinds = filter.level().kinds().stream().map(RegionKind::name).toList();
      keys.where(
          "r.kind IN (" + String.join(", ", Collections.nCopies(kinds.size(), "?")) + ")",
          kinds.toArray());
    }
    if (filter.parent() != null) {
      keys.where("r.parent_code = ?", filter.parent().value());
    }
    long total = keys.count(em);
    List<RegionCode> codes =
        keys.keys(em, "r.code", "r.code", page).stream()
            .map(code -> RegionCode.of((String) code))
            .toList();
    List<Region> regions =
        codes.isEmpty()
            ? List.of()
            : em.createQuery("SELECT r FROM Region r WHERE r.code IN :codes", Region.class)
                .setParameter("codes", codes)
                .getResultList();
    return Page.of(
        regions.stream().sorted(Comparator.comparing(Region::code)).toList(), page, total);
  }
}
