package io.anchorkeeper.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** keeper-core is pure: the JDK only, and time only through an injected {@code Clock}. */
class CoreArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.anchorkeeper.core");
  }

  @Test
  void coreDependsOnNothingButTheJdk() {
    ArchRule rule =
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("io.anchorkeeper.core..", "java..")
            .because("keeper-core must stay free of frameworks and libraries");
    rule.check(core);
  }

  @Test
  void coreNeverReadsTheSystemClock() {
    ArchRule rule =
        noClasses()
            .should()
            .callMethodWhere(
                describe(
                    "a zero-argument now()",
                    (JavaMethodCall call) ->
                        call.getName().equals("now")
                            && call.getTarget().getRawParameterTypes().isEmpty()))
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(System.class, "nanoTime")
            .because("time is an input: pass a java.time.Clock");
    rule.check(core);
  }

  @Test
  void corePackagesHaveNoCycles() {
    SlicesRuleDefinition.slices()
        .matching("io.anchorkeeper.core.(*)..")
        .should()
        .beFreeOfCycles()
        .check(core);
  }
}
