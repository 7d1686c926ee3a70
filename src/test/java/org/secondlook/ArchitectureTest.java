package org.secondlook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers visible in the folder tree honest. */
@AnalyzeClasses(packages = "org.secondlook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.secondlook.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
            .because("knowledge, advice, session, report and app are plain Java that runs and tests without a display");

    @ArchTest
    static final ArchRule knowledgeDependsOnNothingElseOfOurs = noClasses()
            .that().resideInAPackage("org.secondlook.knowledge..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.secondlook.advice..", "org.secondlook.session..", "org.secondlook.report..",
                    "org.secondlook.ui..", "org.secondlook.app..");

    @ArchTest
    static final ArchRule adviceDoesNotKnowStorageOrScreens = noClasses()
            .that().resideInAPackage("org.secondlook.advice..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.secondlook.session..", "org.secondlook.report..", "org.secondlook.ui..", "org.secondlook.app..");

    @ArchTest
    static final ArchRule onlyTheAppWiresTheLayers = noClasses()
            .that().resideOutsideOfPackage("org.secondlook.app..")
            .should().dependOnClassesThat().resideInAPackage("org.secondlook.app..");

    @ArchTest
    static final ArchRule makesNoNetworkConnections = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
            .because("sessions are health data: Second Look never sends anything anywhere");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.secondlook.(*)..").should().beFreeOfCycles();
}
