package org.secondlook.knowledge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in content is bound without its JSON Schemas at start, so the build checks it against them here;
 * and the strict binding that replaces the schemas at start still refuses unknown and repeated fields.
 */
class BuiltInContentSchemaTest {

    static List<String> files() {
        return ContentFiles.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyBuiltInFileMeetsItsSchema(String file) throws Exception {
        JsonNode tree;
        try (InputStream in = KnowledgeLoader.class.getResourceAsStream(file)) {
            tree = new ObjectMapper().readTree(in);
        }
        List<Problem> problems = new ArrayList<>();
        assertTrue(ContentSchemas.check(file, tree, problems), () -> problems.toString());
    }

    @Test
    void theFullCheckOfTheBuiltInContentFindsNothing() throws KnowledgeException {
        assertEquals(KnowledgeLoader.loadBuiltIn().metadata(), KnowledgeLoader.checkBuiltIn().metadata());
    }

    @Test
    void theSchemaLibraryIsUsedOnlyByTheFullCheck() {
        noClasses().that().resideInAPackage("org.secondlook..").and().doNotHaveFullyQualifiedName(ContentSchemas.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.networknt..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.secondlook"));
    }

    @Test
    void withoutTheSchemaAnUnknownFieldIsStillRefused(@TempDir Path dir) {
        ContentDirectory content = ContentDirectory.copyOfBuiltIn(dir);
        content.set(ContentFiles.METADATA, "/reviewer", ContentDirectory.json("\"someone\""));
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.loadFrom(content.path(), false));
        assertTrue(e.problems().toString().contains("reviewer"), e.problems().toString());
    }

    @Test
    void withoutTheSchemaARepeatedFieldIsStillRefused(@TempDir Path dir) {
        ContentDirectory content = ContentDirectory.copyOfBuiltIn(dir);
        content.write(ContentFiles.METADATA, content.text(ContentFiles.METADATA).replaceFirst("\\{",
                "{\"contentVersion\": \"0\","));
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.loadFrom(content.path(), false));
        assertTrue(e.problems().toString().contains("contentVersion"), e.problems().toString());
    }

    @Test
    void withoutTheSchemaTheMeaningIsStillChecked(@TempDir Path dir) {
        ContentDirectory content = ContentDirectory.copyOfBuiltIn(dir);
        content.set(ContentFiles.METADATA, "/lastReviewed", ContentDirectory.json("\"not a date\""));
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.loadFrom(content.path(), false));
        assertTrue(e.problems().toString().contains("/lastReviewed"), e.problems().toString());
    }
}
