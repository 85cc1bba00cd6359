package studio.coanchor;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of docs/architecture.md: dependencies point inward, media stages meet only through media. */
@AnalyzeClasses(packages = "studio.coanchor", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String APP = "studio.coanchor.app..";
    private static final String UI = "studio.coanchor.ui..";
    private static final String MEDIA = "studio.coanchor.media..";
    private static final String CAPTURE = "studio.coanchor.capture..";
    private static final String ENCODE = "studio.coanchor.encode..";
    private static final String PUSH = "studio.coanchor.push..";
    private static final String PLAY = "studio.coanchor.play..";
    private static final String COMPOSE = "studio.coanchor.compose..";
    private static final String AUDIO = "studio.coanchor.audio..";
    private static final String PROFILE = "studio.coanchor.profile..";

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyAppUsesUi = noClasses()
            .that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAPackage(UI)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule serverNeverUsesUi = noClasses()
            .that().resideInAPackage("studio.coanchor.server..")
            .should().dependOnClassesThat().resideInAPackage(UI)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule protocolPackagesStayFreeOfMediaCode = noClasses()
            .that().resideInAnyPackage("studio.coanchor.tencent..", "studio.coanchor.mix..", "studio.coanchor.linkmic..")
            .should().dependOnClassesThat()
            .resideInAnyPackage(MEDIA, CAPTURE, ENCODE, PUSH, PLAY, COMPOSE, AUDIO, "org.bytedeco..", "dev.onvoid..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule captureMeetsOthersOnlyThroughMedia = stageIndependent(CAPTURE, ENCODE, PUSH, PLAY, AUDIO);

    @ArchTest
    static final ArchRule encodeMeetsOthersOnlyThroughMedia = stageIndependent(ENCODE, CAPTURE, PUSH, PLAY, AUDIO);

    @ArchTest
    static final ArchRule pushMeetsOthersOnlyThroughMedia = stageIndependent(PUSH, CAPTURE, ENCODE, PLAY, AUDIO);

    @ArchTest
    static final ArchRule playMeetsOthersOnlyThroughMedia = stageIndependent(PLAY, CAPTURE, ENCODE, PUSH, AUDIO);

    @ArchTest
    static final ArchRule audioDependsOnMediaOnly = noClasses()
            .that().resideInAPackage(AUDIO)
            .should().dependOnClassesThat(
                    resideInAPackage("studio.coanchor..").and(not(resideInAnyPackage(MEDIA, AUDIO))))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyAudioUsesWebrtc = noClasses()
            .that().resideOutsideOfPackage(AUDIO)
            .should().dependOnClassesThat().resideInAPackage("dev.onvoid..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule mediaDependsOnNoOtherProjectPackage = noClasses()
            .that().resideInAPackage(MEDIA)
            .should().dependOnClassesThat(resideInAPackage("studio.coanchor..").and(not(resideInAPackage(MEDIA))))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule profilesNeedOnlyTheJdkAndJackson = classes()
            .that().resideInAPackage(PROFILE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(PROFILE, "java..", "com.fasterxml.jackson..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noGrabBagPackages = noClasses()
            .should().resideInAnyPackage("..util..", "..utils..")
            .allowEmptyShould(true);

    private static ArchRule stageIndependent(String stage, String... others) {
        return noClasses()
                .that().resideInAPackage(stage)
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .allowEmptyShould(true);
    }
}
