package org.secondlook.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.secondlook.report.SummaryModel.CheckItem;
import org.secondlook.report.SummaryModel.ClaimCheck;
import org.secondlook.report.SummaryModel.IconArray;
import org.secondlook.report.SummaryModel.IconGroup;
import org.secondlook.report.SummaryModel.Numbers;
import org.secondlook.report.SummaryModel.OptionPart;
import org.secondlook.report.SummaryModel.OptionSummary;
import org.secondlook.report.SummaryModel.PriorityRating;
import org.secondlook.report.SummaryModel.Row;
import org.secondlook.report.SummaryModel.SourceEntry;
import org.secondlook.report.SummaryModel.UrgentSign;
import org.secondlook.report.TextLines.Line;

/**
 * Lays the summary out on pages, section by section, then puts the page number and date on every page. Tags what it
 * draws as it goes ({@link Tagging}): the reading order of the structure is the order of the sections.
 */
final class SummaryLayout {

    /** What is drawn behind the lines of a paragraph. */
    private enum Band {
        NONE(1f, 0f),
        URGENT(0.86f, 5f),
        CLAIM(0.94f, 2.5f);

        final float fill;
        final float bar;

        Band(float fill, float bar) {
            this.fill = fill;
            this.bar = bar;
        }
    }

    /**
     * Something drawn at the start of a paragraph's first line, such as a tick box, before the paragraph's element
     * is opened; it tags itself (a figure, a list label or an artifact).
     */
    private interface Mark {
        void draw(float x, float baseline) throws IOException;
    }

    private static final String P = StandardStructureTypes.P;

    private final SummaryModel model;
    private final SummaryText text;
    private final PDDocument document;
    private final PageFlow flow;
    private final FontChain fonts;
    private final TextLines lines;
    private final Typography type;
    private final Tagging tags;

    SummaryLayout(SummaryModel model, PDDocument document, PaperSize paper, Typography type) {
        this.model = model;
        this.text = new SummaryText(model.locale());
        this.document = document;
        this.type = type;
        this.fonts = new FontChain(document);
        this.lines = new TextLines(fonts);
        this.tags = new Tagging(document);
        float margin = type.body() >= Typography.LARGE_PRINT_MINIMUM ? 40f : 50f;
        this.flow = new PageFlow(document, paper.rectangle(), margin, type.lineHeight(type.small()) * 2);
    }

    void render() throws IOException {
        title();
        if (model.urgent()) {
            urgent();
        }
        situation();
        priorities();
        options();
        checklist();
        list("questions.heading", model.questions(), "questions.none");
        plainSection("sure.heading", model.sure());
        notes();
        list("next.heading", model.nextSteps(), "notes.none");
        sources();
        plainSection("about.heading", model.about());
        flow.finish();
        footers();
        tags.finish();
    }

    private void title() throws IOException {
        flow.need(type.lineHeight(type.title()));
        paragraph(StandardStructureTypes.H1, text.text("title"), null, type.title(), 0, Band.NONE, null);
        paragraph(P, null, text.text("subtitle"), type.body(), 0, Band.NONE, null);
        space(type.body() * 0.6f);
        var header = model.header();
        lead("header.label", header.label());
        lead("header.date", header.date());
        lead("header.mode", header.mode());
        lead("header.content", header.contentVersion());
        lead("header.reviewed", header.lastReviewed());
    }

    private void lead(String labelKey, String value) throws IOException {
        paragraph(P, text.text(labelKey) + ":", value, type.body(), 0, Band.NONE, null);
    }

    private void urgent() throws IOException {
        space(type.body());
        float size = type.subheading();
        float pad = type.body();
        tags.open(StandardStructureTypes.SECT);
        band(Band.URGENT, pad * 0.6f);
        paragraph(StandardStructureTypes.H2, text.text("urgent.heading"), null, size, pad + size * 1.5f, Band.URGENT,
                (x, baseline) -> figure(text.text("urgent.figure"),
                        () -> Shapes.warning(flow.canvas(), x - size * 1.4f, baseline - size * 0.1f, size * 1.15f)));
        paragraph(P, null, text.text("urgent.intro"), type.body(), pad, Band.URGENT, null);
        for (UrgentSign sign : model.urgentSigns()) {
            band(Band.URGENT, pad * 0.5f);
            paragraph(P, sign.sign(), null, type.body(), pad, Band.URGENT, null);
            paragraph(P, sign.whatToDo(), null, type.body(), pad, Band.URGENT, null);
            paragraph(P, null, sign.why(), type.body(), pad, Band.URGENT, null);
        }
        band(Band.URGENT, pad * 0.6f);
        tags.close();
    }

    private void situation() throws IOException {
        heading("situation.heading");
        for (Row row : model.situation()) {
            paragraph(P, row.label() + ":", row.lines().get(0), type.body(), 0, Band.NONE, null);
            for (String line : row.lines().subList(1, row.lines().size())) {
                paragraph(P, null, line, type.body(), type.body() * 1.2f, Band.NONE, null);
            }
        }
    }

    private void priorities() throws IOException {
        heading("priorities.heading");
        if (model.priorities().isEmpty()) {
            paragraph(P, null, text.text("priorities.none"), type.body(), 0, Band.NONE, null);
            return;
        }
        paragraph(P, null, text.text("priorities.intro"), type.body(), 0, Band.NONE, null);
        float square = type.body() * 0.8f;
        float barWidth = square * 1.2f * 4 + type.body() * 0.6f;
        for (PriorityRating rating : model.priorities()) {
            // The bar repeats the rating printed in words beside it.
            paragraph(P, rating.priority() + ":", rating.words(), type.body(), barWidth, Band.NONE,
                    (x, baseline) -> artifact(() -> Shapes.ratingBar(flow.canvas(), x - barWidth,
                            baseline - square * 0.05f, square, rating.rating(), 4)));
        }
    }

    private void options() throws IOException {
        heading("options.heading");
        if (model.options().isEmpty()) {
            paragraph(P, null, text.text(model.injuryFirst() ? "options.injuryFirst" : "options.none"), type.body(), 0,
                    Band.NONE, null);
            return;
        }
        paragraph(P, null, text.text("options.intro"), type.body(), 0, Band.NONE, null);
        for (OptionSummary option : model.options()) {
            option(option);
        }
        if (!model.otherOptions().isEmpty()) {
            space(type.body());
            paragraph(StandardStructureTypes.H3, text.text("other.heading", model.otherOptions().size()), null,
                    type.subheading(), 0, Band.NONE, null);
            for (String line : model.otherOptions()) {
                paragraph(P, null, line, type.body(), 0, Band.NONE, null);
            }
        }
    }

    private void option(OptionSummary option) throws IOException {
        space(type.body());
        flow.need(type.lineHeight(type.subheading()) * 2 + type.lineHeight(type.body()) * 4);
        artifact(() -> Shapes.rule(flow.canvas(), flow.left(), flow.y(), flow.width(), 1.5f));
        space(type.body() * 0.4f);
        tags.open(StandardStructureTypes.SECT);
        paragraph(StandardStructureTypes.H3, option.name(), null, type.subheading(), 0, Band.NONE, null);
        badge(option.category(), option.experimental());
        if (option.leaning()) {
            paragraph(P, text.text("option.leaning"), null, type.body(), 0, Band.NONE, null);
        }
        float indent = type.body() * 1.2f;
        // Each option's rows read as a table: the row's label heads its cell.
        tags.open(StandardStructureTypes.TABLE);
        for (OptionPart part : option.parts()) {
            tags.open(StandardStructureTypes.TR);
            switch (part) {
                case Row row -> {
                    rowHeader(row.label());
                    tags.open(StandardStructureTypes.TD);
                    for (String line : row.lines()) {
                        paragraph(P, null, line, type.body(), indent, Band.NONE, null);
                    }
                    tags.close();
                }
                case Numbers numbers -> numbers(numbers, indent);
            }
            tags.close();
        }
        tags.close();
        if (!option.claims().isEmpty()) {
            claims(option.claims());
        }
        tags.close();
    }

    private void rowHeader(String label) throws IOException {
        PDStructureElement header = keepLabelWithText(StandardStructureTypes.TH, label);
        PDTableAttributeObject scope = new PDTableAttributeObject();
        scope.setScope(PDTableAttributeObject.SCOPE_ROW);
        header.addAttribute(scope);
    }

    private PDStructureElement keepLabelWithText(String tag, String label) throws IOException {
        flow.need(type.lineHeight(type.body()) * 2);
        space(type.body() * 0.25f);
        return paragraph(tag, label, null, type.body(), 0, Band.NONE, null);
    }

    private void badge(String category, boolean dashed) throws IOException {
        float size = type.body();
        float lineHeight = type.lineHeight(size) + size * 0.4f;
        flow.need(lineHeight);
        float pad = size * 0.4f;
        float width = fonts.width(category, true, size) + 2 * pad;
        float top = flow.y() - size * 0.15f;
        artifact(() -> Shapes.badge(flow.canvas(), flow.left(), top - size * 1.35f, Math.min(width, flow.width()),
                size * 1.35f, dashed));
        tags.open(P);
        drawText(flow.left() + pad, top - size * 1.0f, category, true, size, false);
        tags.close();
        flow.down(lineHeight);
    }

    private void numbers(Numbers numbers, float indent) throws IOException {
        rowHeader(numbers.label());
        tags.open(StandardStructureTypes.TD);
        paragraph(P, null, numbers.note(), type.body(), indent, Band.NONE, null);
        for (IconArray array : numbers.arrays()) {
            iconArray(array, indent);
        }
        for (String line : numbers.lines()) {
            paragraph(P, null, line, type.body(), indent, Band.NONE, null);
        }
        tags.close();
    }

    private void iconArray(IconArray array, float indent) throws IOException {
        float cell = type.body() * 1.05f;
        float grid = cell * 10;
        float gap = type.body() * 2.5f;
        float column = Math.max(grid, (flow.width() - indent - gap) / 2);
        List<List<Line>> captions = new ArrayList<>();
        int captionLines = 0;
        for (IconGroup group : array.groups()) {
            List<Line> caption = lines.wrap(group.group() + ":", group.text(), type.body(), column);
            captions.add(caption);
            captionLines = Math.max(captionLines, caption.size());
        }
        float lineHeight = type.lineHeight(type.body());
        flow.need(lineHeight * (2 + captionLines) + grid + cell);
        space(type.body() * 0.3f);
        paragraph(P, array.title(), null, type.body(), indent, Band.NONE, null);
        float top = flow.y();
        for (int g = 0; g < array.groups().size(); g++) {
            IconGroup group = array.groups().get(g);
            float x = flow.left() + indent + g * (column + gap);
            tags.open(P);
            float baseline = top - type.body() * 1.05f;
            for (Line line : captions.get(g)) {
                drawLine(x, baseline, line, type.body(), false);
                baseline -= lineHeight;
            }
            tags.close();
            float gridTop = top - lineHeight * captionLines - cell * 0.3f;
            long filled = Math.round(group.outOf100());
            figure(text.text("figure.people", array.title(), group.group(), group.text(), filled), () -> {
                for (int i = 0; i < 100; i++) {
                    int row = i / 10;
                    int col = i % 10;
                    Shapes.person(flow.canvas(), x + col * cell, gridTop - (row + 1) * cell, cell, i < filled);
                }
            });
        }
        flow.down(lineHeight * captionLines + cell * 0.3f + grid + cell * 0.5f);
        paragraph(P, null, array.detail(), type.body(), indent, Band.NONE, null);
    }

    private void claims(List<ClaimCheck> claims) throws IOException {
        space(type.body() * 0.5f);
        float pad = type.body();
        flow.need(type.lineHeight(type.body()) * 4);
        tags.open(StandardStructureTypes.SECT);
        band(Band.CLAIM, pad * 0.5f);
        paragraph(StandardStructureTypes.H4, text.text("claims.heading"), null, type.body(), pad, Band.CLAIM, null);
        for (ClaimCheck claim : claims) {
            band(Band.CLAIM, pad * 0.5f);
            paragraph(P, null, claim.claim(), type.body(), pad, Band.CLAIM, null);
            paragraph(P, claim.verdict(), null, type.body(), pad, Band.CLAIM, null);
            paragraph(P, null, claim.evidence(), type.body(), pad, Band.CLAIM, null);
        }
        band(Band.CLAIM, pad * 0.5f);
        tags.close();
    }

    private void checklist() throws IOException {
        if (model.checklist() == null) {
            return;
        }
        heading("checklist.heading");
        paragraph(P, null, model.checklist().intro(), type.body(), 0, Band.NONE, null);
        float box = type.body() * 0.85f;
        float indent = type.body() * 1.8f;
        tags.open(StandardStructureTypes.L);
        for (CheckItem item : model.checklist().items()) {
            space(type.body() * 0.2f);
            tags.open(StandardStructureTypes.LI);
            paragraph(StandardStructureTypes.L_BODY, null, item.question(), type.body(), indent, Band.NONE,
                    (x, baseline) -> {
                        tags.open(StandardStructureTypes.LBL);
                        figure(text.text(item.ticked() ? "checklist.ticked" : "checklist.notTicked"),
                                () -> Shapes.checkbox(flow.canvas(), x - indent, baseline - box * 0.1f, box,
                                        item.ticked()));
                        tags.close();
                    });
            tags.close();
        }
        tags.close();
    }

    private void list(String headingKey, List<String> items, String emptyKey) throws IOException {
        heading(headingKey);
        if (items.isEmpty()) {
            paragraph(P, null, text.text(emptyKey), type.body(), 0, Band.NONE, null);
            return;
        }
        float indent = fonts.width(items.size() + ". ", true, type.body());
        tags.open(StandardStructureTypes.L);
        for (int i = 0; i < items.size(); i++) {
            String number = (i + 1) + ".";
            tags.open(StandardStructureTypes.LI);
            paragraph(StandardStructureTypes.L_BODY, null, items.get(i), type.body(), indent, Band.NONE,
                    (x, baseline) -> {
                        tags.open(StandardStructureTypes.LBL);
                        drawText(x - indent, baseline, number, true, type.body(), false);
                        tags.close();
                    });
            tags.close();
        }
        tags.close();
    }

    private void plainSection(String headingKey, List<String> paragraphs) throws IOException {
        heading(headingKey);
        for (String line : paragraphs) {
            paragraph(P, null, line, type.body(), 0, Band.NONE, null);
            space(type.body() * 0.3f);
        }
    }

    private void notes() throws IOException {
        heading("notes.heading");
        var notes = model.notes();
        if (notes.clinician().isEmpty() && notes.patient() == null) {
            paragraph(P, null, text.text("notes.none"), type.body(), 0, Band.NONE, null);
            return;
        }
        if (!notes.clinician().isEmpty()) {
            keepLabelWithText(StandardStructureTypes.H3, text.text("notes.clinician"));
            for (String note : notes.clinician()) {
                paragraphs(note);
            }
        }
        if (notes.patient() != null) {
            keepLabelWithText(StandardStructureTypes.H3, text.text("notes.patient"));
            paragraphs(notes.patient());
        }
    }

    /** Text typed by a person: each line break starts a new paragraph. */
    private void paragraphs(String typed) throws IOException {
        for (String paragraph : typed.split("\\R")) {
            if (paragraph.isBlank()) {
                space(type.body() * 0.5f);
            } else {
                paragraph(P, null, paragraph, type.body(), type.body() * 1.2f, Band.NONE, null);
            }
        }
    }

    private void sources() throws IOException {
        heading("sources.heading");
        paragraph(P, null, text.text("sources.intro"), type.body(), 0, Band.NONE, null);
        for (SourceEntry source : model.sources()) {
            paragraph(P, "[" + source.id() + "]", source.citation(), type.body(), 0, Band.NONE, null);
        }
    }

    private void heading(String key) throws IOException {
        float size = type.heading();
        flow.need(type.lineHeight(size) + type.lineHeight(type.body()) * 3 + size);
        space(size * 0.8f);
        paragraph(StandardStructureTypes.H2, text.text(key), null, size, 0, Band.NONE, null);
        artifact(() -> Shapes.rule(flow.canvas(), flow.left(), flow.y() + size * 0.15f, flow.width(), 0.8f));
        space(size * 0.3f);
    }

    /**
     * Wraps a paragraph (a bold lead, then plain text) into lines and draws them as one element of type {@code tag}.
     * A right-to-left paragraph without a lead (a typed note in Arabic or Hebrew) is set flush right.
     *
     * @return the element, or null when there was nothing to draw
     */
    private PDStructureElement paragraph(String tag, String bold, String plain, float size, float indent, Band band,
            Mark mark) throws IOException {
        float lineHeight = type.lineHeight(size);
        float inner = band == Band.NONE ? 0 : band.bar + type.body() * 0.5f;
        float width = flow.width() - indent - inner - 2 * bandPadding(band);
        boolean rightToLeft = bold == null && plain != null && VisualOrder.rightToLeft(plain);
        PDStructureElement element = null;
        for (Line line : lines.wrap(bold, plain, size, width)) {
            flow.need(lineHeight);
            if (band != Band.NONE) {
                artifact(() -> Shapes.band(flow.canvas(), flow.left(), flow.y() - lineHeight, flow.width(),
                        lineHeight, band.fill, band.bar));
            }
            float x = flow.left() + indent + inner;
            float baseline = flow.y() - size * 1.05f;
            if (element == null) {
                if (mark != null) {
                    mark.draw(x, baseline);
                }
                element = tags.open(tag);
                if (bold == null) {
                    PassageLanguage.of(plain, model.locale()).ifPresent(element::setLanguage);
                }
            }
            float start = rightToLeft ? x + width - fonts.width(line.plain(), false, size) : x;
            drawLine(start, baseline, line, size, rightToLeft);
            flow.down(lineHeight);
        }
        if (element != null) {
            tags.close();
        }
        return element;
    }

    private static float bandPadding(Band band) {
        return band == Band.NONE ? 0 : band.bar;
    }

    /** Empty space inside a box, drawn as part of the box. */
    private void band(Band band, float height) throws IOException {
        flow.need(height);
        artifact(() -> Shapes.band(flow.canvas(), flow.left(), flow.y() - height, flow.width(), height, band.fill,
                band.bar));
        flow.down(height);
    }

    private void space(float height) {
        if (flow.canvas() != null && flow.y() - height > 0) {
            flow.down(height);
        }
    }

    private void content(Tagging.Drawing drawing) throws IOException {
        tags.content(flow.canvas(), flow.page(), drawing);
    }

    private void figure(String alternative, Tagging.Drawing drawing) throws IOException {
        tags.figure(alternative, flow.canvas(), flow.page(), drawing);
    }

    private void artifact(Tagging.Drawing drawing) throws IOException {
        Tagging.artifact(flow.canvas(), drawing);
    }

    private void drawLine(float x, float baseline, Line line, float size, boolean rightToLeft) throws IOException {
        float cursor = x;
        if (!line.bold().isEmpty()) {
            cursor = drawText(cursor, baseline, line.bold(), true, size, false);
        }
        if (!line.plain().isEmpty()) {
            drawText(cursor, baseline, line.plain(), false, size, rightToLeft);
        }
    }

    /**
     * Draws one line of text as content of the innermost open element and returns where it ends. When the glyphs
     * drawn differ from the text (joined Arabic, right-to-left order, a placeholder for a character no font has),
     * they form a Span whose /ActualText is the text. It is given in the structure, not in the page's content:
     * Poppler's text extraction would turn logical right-to-left text there around once more.
     */
    private float drawText(float x, float baseline, String line, boolean bold, float size, boolean rightToLeft)
            throws IOException {
        PDPageContentStream canvas = flow.canvas();
        List<FontChain.Run> runs = fonts.runs(VisualOrder.of(line, rightToLeft), bold);
        float end = x;
        for (FontChain.Run run : runs) {
            end += run.font().getStringWidth(run.text()) / 1000f * size;
        }
        Tagging.Drawing drawing = () -> {
            canvas.beginText();
            canvas.newLineAtOffset(x, baseline);
            for (FontChain.Run run : runs) {
                canvas.setFont(run.font(), size);
                canvas.showText(run.text());
            }
            canvas.endText();
        };
        if (runs.stream().map(FontChain.Run::text).collect(Collectors.joining()).equals(line)) {
            content(drawing);
        } else {
            tags.open(StandardStructureTypes.SPAN).setActualText(line);
            content(drawing);
            tags.close();
        }
        return end;
    }

    private void footers() throws IOException {
        List<PDPage> pages = flow.pages();
        float size = type.small();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream canvas = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND,
                    true, true)) {
                String footer = text.text("footer", i + 1, pages.size(), model.header().date());
                float bottom = flow.left() * 0.6f;
                Tagging.artifact(canvas, () -> {
                    Shapes.rule(canvas, flow.left(), bottom + size * 1.6f, flow.width(), 0.5f);
                    canvas.beginText();
                    canvas.newLineAtOffset(flow.left(), bottom + size * 0.2f);
                    for (FontChain.Run run : fonts.runs(VisualOrder.of(footer), false)) {
                        canvas.setFont(run.font(), size);
                        canvas.showText(run.text());
                    }
                    canvas.endText();
                });
            }
        }
    }
}
