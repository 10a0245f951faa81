package id.aduanterbuka.persistence.testing;

import id.aduanterbuka.agency.Agency;
import id.aduanterbuka.agency.AgencyCode;
import id.aduanterbuka.agency.AgencyKind;
import id.aduanterbuka.agency.ChannelType;
import id.aduanterbuka.agency.OfficialChannel;
import id.aduanterbuka.category.Category;
import id.aduanterbuka.category.ReportType;
import id.aduanterbuka.region.Region;
import id.aduanterbuka.region.RegionCode;
import id.aduanterbuka.region.RegionKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * Small, named fixtures written through JPA: Jawa Tengah with Kota Semarang and Kabupaten Banyumas,
 * and builders for agencies and categories in them.
 */
public final class Fixtures {
  private final EntityManagerFactory emf;
  public final Region jawaTengah;
  public final Region kotaSemarang;
  public final Region banyumas;

  public Fixtures(EntityManagerFactory emf) {
    this.emf = emf;
    jawaTengah = new Region(RegionCode.of("33"), "Jawa Tengah", RegionKind.PROVINSI, null);
    kotaSemarang = new Region(RegionCode.of("33.74"), "Semarang", RegionKind.KOTA, jawaTengah);
    banyumas = new Region(RegionCode.of("33.02"), "Banyumas", RegionKind.KABUPATEN, jawaTengah);
    inTransaction(
        em -> {
          em.persist(jawaTengah);
          em.persist(kotaSemarang);
          em.persist(banyumas);
          return null;
        });
  }

  /** An agency with a verified Instagram account and an unverified call centre. */
  public Agency agency(String code, String name, AgencyKind kind, Region region) {
    return inTransaction(
        em -> {
          String handle = code.toLowerCase(Locale.ROOT).replace("-", "");
          Agency agency =
              new Agency(
                  AgencyCode.of(code),
                  name,
                  code.split("-")[0],
                  kind,
                  null,
                  em.find(Region.class, region.code()));
          agency.addChannel(
              new OfficialChannel(
                  ChannelType.INSTAGRAM,
                  "@" + handle,
                  "https://instagram.com/" + handle,
                  true,
                  LocalDate.of(2025, 6, 1)));
          agency.addChannel(new OfficialChannel(ChannelType.CALL_CENTRE, "112", null, false, null));
          em.persist(agency);
          return agency;
        });
  }

  public Category category(String code, ReportType type, Agency defaultAgency) {
    return inTransaction(
        em -> {
          Category category =
              new Category(
                  code,
                  "Kategori " + code,
                  "Category " + code,
                  type,
                  false,
                  defaultAgency == null ? null : em.find(Agency.class, defaultAgency.id()));
          em.persist(category);
          return category;
        });
  }

  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }
}
