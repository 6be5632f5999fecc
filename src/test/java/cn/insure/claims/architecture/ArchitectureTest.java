package cn.insure.claims.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The boundaries a newcomer can rely on, checked on every build (ArchUnit: plain JUnit 5 tests over
 * the compiled classes, no Spring context, well under a second; Spring Modulith would need the
 * features to be its "application modules" with their own API packages, a larger move than these
 * rules):
 * <ul>
 * <li>no package cycle between features ({@code claim}, {@code complaint}, … and {@code system});</li>
 * <li>no feature reaches into another feature's {@code process} package (features talk through their
 * root packages and events);</li>
 * <li>the engine API ({@code org.camunda..}) is used only in {@code <feature>.process} and {@code system};</li>
 * <li>a feature's code outside its {@code process} package does not use that package (the process package uses
 * the feature; the other way round goes through a port or an event), so there is no cycle between them.</li>
 * </ul>
 * A feature's root package reaches its process through a port it owns — an interface such as
 * {@code claim/ClaimProcess} or {@code claim/GreenChannelCheck}, implemented in {@code claim/process} —
 * or through an event; decision tables it evaluates outside a process go through
 * {@code system/engine/Decisions}. No violation is tolerated (the frozen list of earlier sessions is
 * gone: every entry was removed).
 */
class ArchitectureTest {

  static final String ROOT = "cn.insure.claims";

  static JavaClasses main;

  @BeforeAll
  static void importTheApplication() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  }

  @Test
  void featuresAndSystemHaveNoPackageCycles() {
    slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(main);
  }

  @Test
  void noFeatureReachesIntoAnotherFeaturesProcessPackage() {
    classes().that().resideInAPackage(ROOT + "..").should(new ArchCondition<JavaClass>(
        "use only their own feature's process package") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String feature = feature(item.getPackageName());
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName();
          if (target.startsWith(ROOT + ".") && target.matches(".*\\.process(\\..*)?") && feature != null
              && !feature.equals(feature(target))) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    }).check(main);
  }

  @Test
  void theEngineApiIsUsedOnlyInProcessPackagesAndSystem() {
    noClasses().that().resideOutsideOfPackages("..process..", ROOT + ".system..")
        .and().resideInAPackage(ROOT + "..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .as("the engine API is used only in */process and system").check(main);
  }

  @Test
  void aFeatureReachesItsProcessPackageOnlyThroughPortsAndEvents() {
    // process -> feature is the direction of the design (delegates call the feature's services);
    // feature -> process closes the cycle and is what is being removed.
    classes().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage("..process..")
        .should(new ArchCondition<JavaClass>("not use their own feature's process package") {
          @Override
          public void check(JavaClass item, ConditionEvents events) {
            String feature = feature(item.getPackageName());
            for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
              String target = dependency.getTargetClass().getPackageName();
              if (feature != null && target.startsWith(ROOT + "." + feature + ".process")) {
                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
              }
            }
          }
        }).as("a feature's code outside its process package does not use that package (no feature/process cycle)")
        .check(main);
  }

  private static String feature(String packageName) {
    if (!packageName.startsWith(ROOT + ".")) {
      return null;
    }
    return packageName.substring(ROOT.length() + 1).split("\\.")[0];
  }
}
