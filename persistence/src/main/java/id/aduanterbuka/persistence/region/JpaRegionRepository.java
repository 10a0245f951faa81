package id.aduanterbuka.persistence.region;

import id.aduanterbuka.region.Region;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionLevel;
import id.aduanterbuka.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
