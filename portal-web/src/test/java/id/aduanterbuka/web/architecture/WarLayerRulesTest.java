package id.aduanterbuka.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.aduanterbuka.complaint.RestrictedComplaintText;
import id.aduanterbuka.privacy.PublicationGate;
import id.aduanterbuka.privacy.RedactionStore;
import org.junit.jupiter.api.Test;

/**
 * Rules over everything the WAR contains: the interfaces (API, portal) read only through
 * application services, and the restricted original complaint text is reachable from nowhere
 * public.
 */
class WarLayerRulesTest {
  private final JavaClasses war =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("id.aduanterbuka");

  @Test
  void interfacesNeverTouchTheEntityManagerSqlOrRepositories() {
    noClasses()
        .that()
        .resideInAnyPackage("id.aduanterbuka.api..", "id.aduanterbuka.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "java.sql..", "id.aduanterbuka.persistence..")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .check(war);
  }

  @Test
  void restrictedComplaintTextIsUnreachableFromPublicCode() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "id.aduanterbuka.api..",
            "id.aduanterbuka.web..",
            "id.aduanterbuka.agency..",
            "id.aduanterbuka.instance..",
            "id.aduanterbuka.persistence.agency..",
            "id.aduanterbuka.persistence.instance..",
            "id.aduanterbuka.persistence.region..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(RestrictedComplaintText.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(RedactionStore.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(PublicationGate.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("id.aduanterbuka.persistence.privacy..")
        .check(war);
  }
}
