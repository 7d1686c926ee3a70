package org.secondlook.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.knowledge.PatientText;
import org.secondlook.knowledge.TextRole;
import org.secondlook.text.Language;
import org.secondlook.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Glossary words become links in the reader's language: Spanish text links its own Spanish terms. */
@ExtendWith(ApplicationExtension.class)
class GlossaryTextTest {

    private static final Locale SPANISH = Language.SPANISH.locale(Locale.ROOT);
    private static KnowledgeBase knowledge;
    private Stage stage;

    @BeforeAll
    static void loadContent() throws Exception {
        knowledge = KnowledgeLoader.loadBuiltIn();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static List<String> links(GlossaryText glossary, String text) {
        return glossary.flow(text).getChildren().stream().filter(Hyperlink.class::isInstance)
                .map(node -> ((Hyperlink) node).getText()).toList();
    }

    @Test
    void aSpanishOptionTextLinksItsGlossaryTermsAndExplainsThemInSpanish(FxRobot robot) {
        String text = knowledge.patientTexts().stream().filter(t -> t.file().equals("options.json"))
                .map(t -> t.text().byLanguage().get("es")).filter(es -> es.contains("células madre")).findFirst().orElseThrow();
        AtomicReference<TextFlow> flow = new AtomicReference<>();
        robot.interact(() -> {
            flow.set(new GlossaryText(knowledge, new Messages(SPANISH)).flow(text));
            stage.setScene(new javafx.scene.Scene(new StackPane(flow.get()), 800, 400));
            stage.show();
        });
        List<String> linked = flow.get().getChildren().stream().filter(Hyperlink.class::isInstance)
                .map(node -> ((Hyperlink) node).getText()).toList();
        assertTrue(linked.contains("células madre"), "links in \"" + text + "\": " + linked);

        Hyperlink stemCells = flow.get().getChildren().stream().filter(Hyperlink.class::isInstance).map(Hyperlink.class::cast)
                .filter(link -> link.getText().equals("células madre")).findFirst().orElseThrow();
        robot.interact(stemCells::fire);
        Label title = robot.lookup(".glossary-popover .heading-3").queryAs(Label.class);
        assertEquals(knowledge.glossaryTerm("stem cell").orElseThrow().term().in(SPANISH), title.getText());
    }

    @Test
    void spanishTermsAreLinkedWithTheirAccentsAndInAnyCase() {
        GlossaryText spanish = new GlossaryText(knowledge, new Messages(SPANISH));
        assertEquals(List.of("Ácido hialurónico", "ensayo aleatorizado", "procedimiento simulado", "AINE"),
                links(spanish, "Ácido hialurónico: un ensayo aleatorizado contra un procedimiento simulado, sin AINE."));
        assertEquals(List.of(), links(spanish, "Una aine no es nada."), "an abbreviation links only in capitals");
        assertEquals(List.of(), links(new GlossaryText(knowledge, new Messages(Locale.ENGLISH)), "un ensayo aleatorizado"),
                "English screens do not link Spanish words");
    }

    @Test
    void spanishTextLinksAboutAsManyGlossaryWordsAsTheEnglish() {
        GlossaryText english = new GlossaryText(knowledge, new Messages(Locale.ENGLISH));
        GlossaryText spanish = new GlossaryText(knowledge, new Messages(SPANISH));
        int inEnglish = 0;
        int inSpanish = 0;
        for (PatientText text : knowledge.patientTexts()) {
            if (text.role() == TextRole.PROSE) {
                inEnglish += links(english, text.text().english()).size();
                inSpanish += links(spanish, text.text().byLanguage().get("es")).size();
            }
        }
        System.out.printf("glossary links in the patient prose: English %d, Spanish %d%n", inEnglish, inSpanish);
        assertTrue(inSpanish >= inEnglish * 9 / 10, "Spanish " + inSpanish + " links, English " + inEnglish);
    }
}
