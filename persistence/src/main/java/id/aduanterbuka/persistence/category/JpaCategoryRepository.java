package id.aduanterbuka.persistence.category;

import id.aduanterbuka.category.Category;
import id.aduanterbuka.category.CategoryCode;
import id.aduanterbuka.category.CategoryRepository;
import id.aduanterbuka.persistence.PagedKeys;
import id.aduanterbuka.shared.Page;
import id.aduanterbuka.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Categories from PostgreSQL, each with its default agency fetched in the same query. */
@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {
  @PersistenceContext(unitName = "aduan")
  private EntityManager em;

  protected JpaCategoryRepository() {}

  public JpaCategoryRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Category> findByCode(CategoryCode code) {
    return fetch("c.code = :code", "code", code.value()).stream().findFirst();
  }

  @Override
  public Page<Category> find(PageRequest page) {
    PagedKeys keys = new PagedKeys("category c");
    long total = keys.count(em);
    List<Long> ids = keys.ids(em, "c.id", "c.code", page);
    List<Category> categories = ids.isEmpty() ? List.of() : fetch("c.id IN :ids", "ids", ids);
    return Page.of(
        categories.stream().sorted(Comparator.comparing(Category::code)).toList(), page, total);
  }

  private List<Category> fetch(String condition, String name, Object value) {
    return em.createQuery(
            "SELECT c FROM Category c LEFT JOIN FETCH c.defaultAgency WHERE " + condition,
            Category.class)
        .setParameter(name, value)
        .getResultList();
  }
}
