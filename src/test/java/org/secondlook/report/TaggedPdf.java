package org.secondlook.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A produced PDF read back for its tags: every structure element in reading order, the document's language and
 * title setting, and the characters of its text in the order they are drawn (left to right, before any bidi).
 */
record TaggedPdf(String language, boolean displaysTitle, boolean marked, List<Tag> tags, String drawn) {

    /** One structure element: its type, the text drawn in it (its own and its children's), and its attributes. */
    record Tag(String type, String text, String alternative, String actualText, String language, String scope,
            List<String> kidTypes) {
    }

    static TaggedPdf read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            Map<String, String> marked = markedText(document);
            List<Tag> tags = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), marked, document, tags);
            StringBuilder drawn = new StringBuilder();
            PDFTextStripper recorder = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    drawn.append(text.getUnicode());
                }
            };
            recorder.getText(document);
            var preferences = catalog.getViewerPreferences();
            return new TaggedPdf(catalog.getLanguage(), preferences != null && preferences.displayDocTitle(),
                    catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), tags, drawn.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Tag> ofType(String type) {
        return tags.stream().filter(t -> t.type().equals(type)).toList();
    }

    List<String> types() {
        return tags.stream().map(Tag::type).toList();
    }

    /** The text of each marked-content sequence, by "page index:MCID". */
    private static Map<String, String> markedText(PDDocument document) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                if (content.getMCID() >= 0) {
                    texts.put(document.getPages().indexOf(page) + ":" + content.getMCID(), text(content));
                }
            }
        }
        return texts;
    }

    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (part instanceof PDMarkedContent inner) {
                text.append(text(inner));
            }
        }
        return text.toString();
    }

    /** Adds the elements under {@code node} in reading order and returns their text. */
    private static String collect(PDStructureNode node, Map<String, String> marked, PDDocument document,
            List<Tag> into) {
        StringBuilder text = new StringBuilder();
        if (node == null) {
            return "";
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                int at = into.size();
                into.add(null);
                String inner = collect(element, marked, document, into);
                text.append(inner);
                into.set(at, tag(element, inner));
            } else if (kid instanceof PDMarkedContentReference reference) {
                text.append(marked.getOrDefault(
                        document.getPages().indexOf(reference.getPage()) + ":" + reference.getMCID(), ""));
            }
        }
        return text.toString();
    }

    private static Tag tag(PDStructureElement element, String text) {
        String scope = element.getAttributes().size() > 0
                && element.getAttributes().getObject(0) instanceof PDTableAttributeObject table ? table.getScope() : null;
        List<String> kidTypes = element.getKids().stream().filter(PDStructureElement.class::isInstance)
                .map(k -> ((PDStructureElement) k).getStructureType()).toList();
        return new Tag(element.getStructureType(), text, element.getAlternateDescription(), element.getActualText(),
                element.getLanguage(), scope, kidTypes);
    }
}
