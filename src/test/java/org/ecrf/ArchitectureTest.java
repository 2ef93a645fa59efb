package org.ecrf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Keeps the package rules of STYLE.md §7 true: capability first, then layer; plain-Java domains.
 */
@AnalyzeClasses(packages = "org.ecrf", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainIsPlainJava =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.faces..",
              "jakarta.inject..",
              "jakarta.enterprise..",
              "jakarta.ejb..",
              "jakarta.transaction..",
              "jakarta.ws.rs..",
              "jakarta.servlet..",
              "jakarta.security..",
              "org.primefaces..",
              "org.omnifaces..",
              "org.eclipse.microprofile..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManager");

  @ArchTest
  static final ArchRule domainDoesNotReadTheClockOrChance =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(java.time.LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.LocalDateTime.class, "now")
          .orShould()
          .callConstructor(java.util.Random.class);

  @ArchTest
  static final ArchRule webAndApiDoNotTouchPersistence =
      noClasses()
          .that()
          .resideInAnyPackage("..web..", "..api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..persistence..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule persistenceStaysInsideItsCapability =
      classes()
          .that()
          .resideInAPackage("..persistence..")
          .should(beUsedOnlyFromTheirOwnCapability())
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule noUtilityNamesInDomain =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .haveSimpleNameEndingWith("Util")
          .orShould()
          .haveSimpleNameEndingWith("Helper")
          .orShould()
          .haveSimpleNameEndingWith("Manager");

  @ArchTest
  static final ArchRule launcherStandsAlone =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.ecrf.launcher..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.ecrf.launcher..");

  private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnCapability() {
    return new ArchCondition<>("be used only from their own capability") {
      @Override
      public void check(JavaClass persistenceClass, ConditionEvents events) {
        String capability = capabilityOf(persistenceClass);
        persistenceClass.getDirectDependenciesToSelf().stream()
            .filter(dependency -> !capabilityOf(dependency.getOriginClass()).equals(capability))
            .forEach(
                dependency ->
                    events.add(
                        SimpleConditionEvent.violated(dependency, dependency.getDescription())));
      }
    };
  }

  /** {@code org.ecrf.security.persistence.X} belongs to the capability {@code security}. */
  private static String capabilityOf(JavaClass javaClass) {
    String[] parts = javaClass.getPackageName().split("\\.");
    return parts.length > 2 ? parts[2] : "";
  }
}
