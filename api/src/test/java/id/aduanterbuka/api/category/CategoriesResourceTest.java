package id.aduanterbuka.api.category;

import static id.aduanterbuka.api.testing.ApiTesting.allItems;
import static id.aduanterbuka.api.testing.ApiTesting.assertProblem;
import static id.aduanterbuka.api.testing.ApiTesting.codes;
import static id.aduanterbuka.api.testing.ApiTesting.hasNoValue;
import static id.aduanterbuka.api.testing.ApiTesting.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduanterbuka.api.testing.ApiTesting;
import id.aduanterbuka.category.Category;
import id.aduanterbuka.category.CategoryDirectory;
import id.aduanterbuka.persistence.category.JpaCategoryRepository;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.core.Application;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The categories resource on Jersey over the demo categories in a real PostgreSQL. */
class CategoriesResourceTest extends JerseyTest {
  private static EntityManagerFactory emf;
  private static EntityManager reader;
  private static List<Category> allCategories;
  private EntityManager em;

  @BeforeAll
  static void loadReferenceData() {
    emf = ApiTesting.referenceDatabase().entityManagerFactory();
    reader = emf.createEntityManager();
    allCategories =
        reader
            .createQuery("SELECT c FROM Category c LEFT JOIN FETCH c.defaultAgency", Category.class)
            .getResultList()
            .stream()
            .sorted(Comparator.comparing(Category::code))
            .toList();
  }

  @AfterAll
  static void closeDatabase() {
    reader.close();
    emf.close();
  }

  @Override
  protected Application configure() {
    forceSet(TestProperties.CONTAINER_PORT, "0");
    em = emf.createEntityManager();
    CategoryDirectory directory = new CategoryDirectory(new JpaCategoryRepository(em));
    return ApiTesting.application(
        CategoriesResource.class,
        new AbstractBinder() {
          @Override
          protected void configure() {
            bind(directory).to(CategoryDirectory.class);
          }
        });
  }

  @AfterEach
  void closeEntityManager() {
    em.close();
  }

  @Test
  void listsEveryCategoryInCodeOrderOnOnePageOfAHundred() {
    JsonObject page = ok(target("v1/categories").queryParam("size", 100).request().get());

    assertEquals(allCategories.stream().map(Category::code).toList(), codes(page));
    assertEquals(allCategories.size(), page.getInt("totalItems"));
    assertEquals(1, page.getInt("totalPages"));
  }

  @Test
  void eachCategoryCarriesItsNamesTypeDeadlineAndDefaultAgency() {
    Map<String, JsonObject> served =
        allItems(target("v1/categories")).stream()
            .collect(Collectors.toMap(o -> o.getString("code"), Function.identity()));

    assertEquals(allCategories.size(), served.size());
    for (Category category : allCategories) {
      JsonObject json = served.get(category.code());
      assertEquals(category.nameId(), json.getString("nameId"), category.code());
      assertEquals(category.nameEn(), json.getString("nameEn"), category.code());
      assertEquals(category.reportType().name(), json.getString("reportType"), category.code());
      assertEquals(category.slaWorkingDays(), json.getInt("slaWorkingDays"), category.code());
      assertEquals(
          category.requiresOversight(), json.getBoolean("requiresOversight"), category.code());
      if (category.defaultAgency() == null) {
        assertTrue(hasNoValue(json, "defaultAgency"), category.code());
      } else {
        JsonObject agency = json.getJsonObject("defaultAgency");
        assertEquals(category.defaultAgency().code().value(), agency.getString("code"));
        assertEquals(category.defaultAgency().name(), agency.getString("name"));
      }
    }
    assertTrue(allCategories.stream().anyMatch(Category::requiresOversight));
  }

  @Test
  void theDefaultPageIsTheFirstTwentyAndTheSecondHoldsTheRest() {
    JsonObject first = ok(target("v1/categories").request().get());
    JsonObject second = ok(target("v1/categories").queryParam("page", 2).request().get());
    JsonObject third = ok(target("v1/categories").queryParam("page", 3).request().get());

    List<String> all = allCategories.stream().map(Category::code).toList();
    assertTrue(all.size() > 20 && all.size() <= 40, "the demo has between one and two pages");
    assertEquals(all.subList(0, 20), codes(first));
    assertEquals(all.subList(20, all.size()), codes(second));
    assertEquals(List.of(), codes(third));
    assertEquals(2, first.getInt("totalPages"));
    assertEquals(all.size(), third.getInt("totalItems"));
  }

  @Test
  void oneCategoryByCode() {
    Category category = allCategories.get(allCategories.size() / 2);
    JsonObject json = ok(target("v1/categories/" + category.code()).request().get());

    assertEquals(category.code(), json.getString("code"));
    assertEquals(category.nameEn(), json.getString("nameEn"));
    assertEquals(category.slaWorkingDays(), json.getInt("slaWorkingDays"));
  }

  @Test
  void badValuesAreProblemsNamingTheParameter() {
    assertProblem(target("v1/categories/Jalan_Rusak").request().get(), 400, "code");
    assertProblem(target("v1/categories/jalan--rusak").request().get(), 400, "code");
    assertProblem(target("v1/categories").queryParam("page", "0").request().get(), 400, "page");
    assertProblem(target("v1/categories").queryParam("size", "1000").request().get(), 400, "size");
  }

  @Test
  void anUnknownCategoryIsA404Problem() {
    assertTrue(allCategories.stream().noneMatch(c -> c.code().equals("jalan-berlubang")));
    JsonObject problem =
        assertProblem(target("v1/categories/jalan-berlubang").request().get(), 404, null);
    assertTrue(problem.getString("detail").contains("jalan-berlubang"));
  }
}
