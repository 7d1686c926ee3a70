package org.secondlook.ui.options;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.controlsfx.control.PopOver;
import org.secondlook.knowledge.GlossaryTerm;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.text.Language;
import org.secondlook.ui.common.Messages;

/**
 * Text in which every glossary word is a link: activating it (mouse or keyboard) opens a small
 * pop-over with the plain meaning.
 */
public final class GlossaryText {

    private final List<Entry> entries;
    private final Pattern pattern;
    private final Messages messages;

    private record Entry(String spelling, GlossaryTerm term) {
    }

    public GlossaryText(KnowledgeBase knowledge, Messages messages) {
        this.messages = messages;
        List<Entry> all = new ArrayList<>();
        String language = Language.of(messages.locale()).tag();
        for (GlossaryTerm term : knowledge.glossary()) {
            term.spellings(language).forEach(spelling -> all.add(new Entry(spelling, term)));
        }
        all.sort(Comparator.comparingInt((Entry e) -> e.spelling().length()).reversed());
        this.entries = List.copyOf(all);
        // Unicode word boundaries, so that a word starting or ending in an accented letter is a whole word.
        this.pattern = Pattern.compile("\\b(" + String.join("|", entries.stream().map(e -> spellingPattern(e.spelling())).toList())
                + ")\\b", Pattern.UNICODE_CHARACTER_CLASS);
    }

    /**
     * Abbreviations (all capitals) match only in capitals, so "MID" does not catch "mid"; words match in any case,
     * accented letters too ("Ácido hialurónico").
     */
    private static String spellingPattern(String spelling) {
        boolean abbreviation = spelling.equals(spelling.toUpperCase(Locale.ROOT));
        return (abbreviation ? "(?-i:" : "(?i:") + Pattern.quote(spelling) + ")";
    }

    /** The text with its glossary words as links. */
    public TextFlow flow(String text) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("glossary-text");
        Matcher matcher = pattern.matcher(text);
        int at = 0;
        while (matcher.find()) {
            flow.getChildren().add(plain(text.substring(at, matcher.start())));
            flow.getChildren().add(link(matcher.group(), find(matcher.group())));
            at = matcher.end();
        }
        flow.getChildren().add(plain(text.substring(at)));
        return flow;
    }

    private GlossaryTerm find(String spelling) {
        return entries.stream().filter(e -> e.spelling().equals(spelling)).findFirst()
                .or(() -> entries.stream().filter(e -> e.spelling().equalsIgnoreCase(spelling)).findFirst())
                .orElseThrow().term();
    }

    private static Text plain(String text) {
        Text node = new Text(text);
        node.getStyleClass().add("flow-text");
        return node;
    }

    private Hyperlink link(String shown, GlossaryTerm term) {
        Locale locale = messages.locale();
        Hyperlink link = new Hyperlink(shown);
        link.getStyleClass().add("glossary-link");
        link.setAccessibleHelp(messages.get("glossary.linkHelp"));
        link.setOnAction(e -> {
            Label title = new Label(term.term().in(locale));
            title.getStyleClass().add("heading-3");
            Label definition = new Label(term.definition().in(locale));
            definition.setWrapText(true);
            definition.setMaxWidth(360);
            VBox box = new VBox(title, definition);
            box.getStyleClass().add("glossary-popover");
            PopOver popOver = new PopOver(box);
            popOver.setDetachable(false);
            popOver.setAutoHide(true);
            popOver.setTitle(messages.get("glossary.title"));
            popOver.show(link);
            link.setVisited(false);
        });
        return link;
    }
}
