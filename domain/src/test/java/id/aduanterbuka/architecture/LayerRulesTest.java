package id.aduanterbuka.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain knows nothing of HTTP, HTML, SQL or the modules that depend on it. */
class LayerRulesTest {
  private final JavaClasses domain =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("id.aduanterbuka");

  @Test
  void domainDoesNotUseJaxRsServletsOrFaces() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", "jakarta.faces..")
        .check(domain);
  }

  @Test
  void domainDoesNotWriteSql() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..")
        .check(domain);
  }

  @Test
  void domainDoesNotReachIntoOuterModules() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.aduanterbuka.persistence..",
            "id.aduanterbuka.api..",
            "id.aduanterbuka.web..",
            "id.aduanterbuka.cli..")
        .check(domain);
  }
}
