package org.secondlook.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
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

/** Lays the summary out on pages, section by section, then puts the page number and date on every page. */
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

    /** Something drawn at the start of a paragraph's first line, such as a tick box. */
    private interface Mark {
        void draw(PDPageContentStream canvas, float x, float baseline) throws IOException;
    }

    private final SummaryModel model;
    private final SummaryText text;
    private final PDDocument document;
    private final PageFlow flow;
    private final FontChain fonts;
    private final TextLines lines;
    private final Typography type;

    SummaryLayout(SummaryModel model, PDDocument document, PaperSize paper, Typography type) {
        this.model = model;
        this.text = new SummaryText(model.locale());
        this.document = document;
        this.type = type;
        this.fonts = new FontChain(document);
        this.lines = new TextLines(fonts);
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
    }

    private void title() throws IOException {
        flow.need(type.lineHeight(type.title()));
        paragraph(text.text("title"), null, type.title(), 0, Band.NONE, null);
        paragraph(null, text.text("subtitle"), type.body(), 0, Band.NONE, null);
        space(type.body() * 0.6f);
        var header = model.header();
        lead("header.label", header.label());
        lead("header.date", header.date());
        lead("header.mode", header.mode());
        lead("header.content", header.contentVersion());
        lead("header.reviewed", header.lastReviewed());
    }

    private void lead(String labelKey, String value) throws IOException {
        paragraph(text.text(labelKey) + ":", value, type.body(), 0, Band.NONE, null);
    }

    private void urgent() throws IOException {
        space(type.body());
        float size = type.subheading();
        float pad = type.body();
        band(Band.URGENT, pad * 0.6f);
        paragraph(text.text("urgent.heading"), null, size, pad + size * 1.5f, Band.URGENT,
                (canvas, x, baseline) -> Shapes.warning(canvas, x - size * 1.4f, baseline - size * 0.1f, size * 1.15f));
        paragraph(null, text.text("urgent.intro"), type.body(), pad, Band.URGENT, null);
        for (UrgentSign sign : model.urgentSigns()) {
            band(Band.URGENT, pad * 0.5f);
            paragraph(sign.sign(), null, type.body(), pad, Band.URGENT, null);
            paragraph(sign.whatToDo(), null, type.body(), pad, Band.URGENT, null);
            paragraph(null, sign.why(), type.body(), pad, Band.URGENT, null);
        }
        band(Band.URGENT, pad * 0.6f);
    }

    private void situation() throws IOException {
        heading("situation.heading");
        for (Row row : model.situation()) {
            paragraph(row.label() + ":", row.lines().get(0), type.body(), 0, Band.NONE, null);
            for (String line : row.lines().subList(1, row.lines().size())) {
                paragraph(null, line, type.body(), type.body() * 1.2f, Band.NONE, null);
            }
        }
    }

    private void priorities() throws IOException {
        heading("priorities.heading");
        if (model.priorities().isEmpty()) {
            paragraph(null, text.text("priorities.none"), type.body(), 0, Band.NONE, null);
            return;
        }
        paragraph(null, text.text("priorities.intro"), type.body(), 0, Band.NONE, null);
        float square = type.body() * 0.8f;
        float barWidth = square * 1.2f * 4 + type.body() * 0.6f;
        for (PriorityRating rating : model.priorities()) {
            paragraph(rating.priority() + ":", rating.words(), type.body(), barWidth, Band.NONE,
                    (canvas, x, baseline) -> Shapes.ratingBar(canvas, x - barWidth, baseline - square * 0.05f,
                            square, rating.rating(), 4));
        }
    }

    private void options() throws IOException {
        heading("options.heading");
        if (model.options().isEmpty()) {
            paragraph(null, text.text("options.none"), type.body(), 0, Band.NONE, null);
            return;
        }
        paragraph(null, text.text("options.intro"), type.body(), 0, Band.NONE, null);
        for (OptionSummary option : model.options()) {
            option(option);
        }
    }

    private void option(OptionSummary option) throws IOException {
        space(type.body());
        flow.need(type.lineHeight(type.subheading()) * 2 + type.lineHeight(type.body()) * 4);
        Shapes.rule(flow.canvas(), flow.left(), flow.y(), flow.width(), 1.5f);
        space(type.body() * 0.4f);
        paragraph(option.name(), null, type.subheading(), 0, Band.NONE, null);
        badge(option.category(), option.experimental());
        if (option.leaning()) {
            paragraph(text.text("option.leaning"), null, type.body(), 0, Band.NONE, null);
        }
        float indent = type.body() * 1.2f;
        for (OptionPart part : option.parts()) {
            switch (part) {
                case Row row -> {
                    keepLabelWithText(row.label());
                    for (String line : row.lines()) {
                        paragraph(null, line, type.body(), indent, Band.NONE, null);
                    }
                }
                case Numbers numbers -> numbers(numbers, indent);
            }
        }
        if (!option.claims().isEmpty()) {
            claims(option.claims());
        }
    }

    private void keepLabelWithText(String label) throws IOException {
        flow.need(type.lineHeight(type.body()) * 2);
        space(type.body() * 0.25f);
        paragraph(label, null, type.body(), 0, Band.NONE, null);
    }

    private void badge(String category, boolean dashed) throws IOException {
        float size = type.body();
        float lineHeight = type.lineHeight(size) + size * 0.4f;
        flow.need(lineHeight);
        float pad = size * 0.4f;
        float width = fonts.width(category, true, size) + 2 * pad;
        float top = flow.y() - size * 0.15f;
        Shapes.badge(flow.canvas(), flow.left(), top - size * 1.35f, Math.min(width, flow.width()), size * 1.35f,
                dashed);
        drawText(flow.left() + pad, top - size * 1.0f, category, true, size);
        flow.down(lineHeight);
    }

    private void numbers(Numbers numbers, float indent) throws IOException {
        keepLabelWithText(numbers.label());
        paragraph(null, numbers.note(), type.body(), indent, Band.NONE, null);
        for (IconArray array : numbers.arrays()) {
            iconArray(array, indent);
        }
        for (String line : numbers.lines()) {
            paragraph(null, line, type.body(), indent, Band.NONE, null);
        }
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
        paragraph(array.title(), null, type.body(), indent, Band.NONE, null);
        float top = flow.y();
        for (int g = 0; g < array.groups().size(); g++) {
            float x = flow.left() + indent + g * (column + gap);
            float baseline = top - type.body() * 1.05f;
            for (Line line : captions.get(g)) {
                drawLine(x, baseline, line, type.body());
                baseline -= lineHeight;
            }
            float gridTop = top - lineHeight * captionLines - cell * 0.3f;
            long filled = Math.round(array.groups().get(g).outOf100());
            for (int i = 0; i < 100; i++) {
                int row = i / 10;
                int col = i % 10;
                Shapes.person(flow.canvas(), x + col * cell, gridTop - (row + 1) * cell, cell, i < filled);
            }
        }
        flow.down(lineHeight * captionLines + cell * 0.3f + grid + cell * 0.5f);
        paragraph(null, array.detail(), type.body(), indent, Band.NONE, null);
    }

    private void claims(List<ClaimCheck> claims) throws IOException {
        space(type.body() * 0.5f);
        float pad = type.body();
        flow.need(type.lineHeight(type.body()) * 4);
        band(Band.CLAIM, pad * 0.5f);
        paragraph(text.text("claims.heading"), null, type.body(), pad, Band.CLAIM, null);
        for (ClaimCheck claim : claims) {
            band(Band.CLAIM, pad * 0.5f);
            paragraph(null, claim.claim(), type.body(), pad, Band.CLAIM, null);
            paragraph(claim.verdict(), null, type.body(), pad, Band.CLAIM, null);
            paragraph(null, claim.evidence(), type.body(), pad, Band.CLAIM, null);
        }
        band(Band.CLAIM, pad * 0.5f);
    }

    private void checklist() throws IOException {
        if (model.checklist() == null) {
            return;
        }
        heading("checklist.heading");
        paragraph(null, model.checklist().intro(), type.body(), 0, Band.NONE, null);
        float box = type.body() * 0.85f;
        float indent = type.body() * 1.8f;
        for (CheckItem item : model.checklist().items()) {
            space(type.body() * 0.2f);
            paragraph(null, item.question(), type.body(), indent, Band.NONE,
                    (canvas, x, baseline) -> Shapes.checkbox(canvas, x - indent, baseline - box * 0.1f, box,
                            item.ticked()));
        }
    }

    private void list(String headingKey, List<String> items, String emptyKey) throws IOException {
        heading(headingKey);
        if (items.isEmpty()) {
            paragraph(null, text.text(emptyKey), type.body(), 0, Band.NONE, null);
        }
        float indent = fonts.width(items.size() + ". ", true, type.body());
        for (int i = 0; i < items.size(); i++) {
            String number = (i + 1) + ".";
            paragraph(null, items.get(i), type.body(), indent, Band.NONE,
                    (canvas, x, baseline) -> drawText(x - indent, baseline, number, true, type.body()));
        }
    }

    private void plainSection(String headingKey, List<String> paragraphs) throws IOException {
        heading(headingKey);
        for (String line : paragraphs) {
            paragraph(null, line, type.body(), 0, Band.NONE, null);
            space(type.body() * 0.3f);
        }
    }

    private void notes() throws IOException {
        heading("notes.heading");
        var notes = model.notes();
        if (notes.clinician().isEmpty() && notes.patient() == null) {
            paragraph(null, text.text("notes.none"), type.body(), 0, Band.NONE, null);
            return;
        }
        if (!notes.clinician().isEmpty()) {
            keepLabelWithText(text.text("notes.clinician"));
            for (String note : notes.clinician()) {
                paragraphs(note);
            }
        }
        if (notes.patient() != null) {
            keepLabelWithText(text.text("notes.patient"));
            paragraphs(notes.patient());
        }
    }

    /** Text typed by a person: each line break starts a new paragraph. */
    private void paragraphs(String typed) throws IOException {
        for (String paragraph : typed.split("\\R")) {
            if (paragraph.isBlank()) {
                space(type.body() * 0.5f);
            } else {
                paragraph(null, paragraph, type.body(), type.body() * 1.2f, Band.NONE, null);
            }
        }
    }

    private void sources() throws IOException {
        heading("sources.heading");
        paragraph(null, text.text("sources.intro"), type.body(), 0, Band.NONE, null);
        for (SourceEntry source : model.sources()) {
            paragraph("[" + source.id() + "]", source.citation(), type.body(), 0, Band.NONE, null);
        }
    }

    private void heading(String key) throws IOException {
        float size = type.heading();
        flow.need(type.lineHeight(size) + type.lineHeight(type.body()) * 3 + size);
        space(size * 0.8f);
        paragraph(text.text(key), null, size, 0, Band.NONE, null);
        Shapes.rule(flow.canvas(), flow.left(), flow.y() + size * 0.15f, flow.width(), 0.8f);
        space(size * 0.3f);
    }

    private void paragraph(String bold, String plain, float size, float indent, Band band, Mark mark)
            throws IOException {
        float lineHeight = type.lineHeight(size);
        float inner = band == Band.NONE ? 0 : band.bar + type.body() * 0.5f;
        boolean first = true;
        for (Line line : lines.wrap(bold, plain, size, flow.width() - indent - inner - 2 * bandPadding(band))) {
            flow.need(lineHeight);
            if (band != Band.NONE) {
                Shapes.band(flow.canvas(), flow.left(), flow.y() - lineHeight, flow.width(), lineHeight, band.fill,
                        band.bar);
            }
            float x = flow.left() + indent + inner;
            float baseline = flow.y() - size * 1.05f;
            if (first && mark != null) {
                mark.draw(flow.canvas(), x, baseline);
            }
            drawLine(x, baseline, line, size);
            flow.down(lineHeight);
            first = false;
        }
    }

    private static float bandPadding(Band band) {
        return band == Band.NONE ? 0 : band.bar;
    }

    /** Empty space inside a box, drawn as part of the box. */
    private void band(Band band, float height) throws IOException {
        flow.need(height);
        Shapes.band(flow.canvas(), flow.left(), flow.y() - height, flow.width(), height, band.fill, band.bar);
        flow.down(height);
    }

    private void space(float height) {
        if (flow.canvas() != null && flow.y() - height > 0) {
            flow.down(height);
        }
    }

    private void drawLine(float x, float baseline, Line line, float size) throws IOException {
        float cursor = x;
        if (!line.bold().isEmpty()) {
            cursor = drawText(cursor, baseline, line.bold(), true, size);
        }
        if (!line.plain().isEmpty()) {
            drawText(cursor, baseline, line.plain(), false, size);
        }
    }

    /** Draws one line of text and returns where it ends. */
    private float drawText(float x, float baseline, String line, boolean bold, float size) throws IOException {
        PDPageContentStream canvas = flow.canvas();
        canvas.beginText();
        canvas.newLineAtOffset(x, baseline);
        float end = x;
        for (FontChain.Run run : fonts.runs(VisualOrder.of(line), bold)) {
            canvas.setFont(run.font(), size);
            canvas.showText(run.text());
            end += run.font().getStringWidth(run.text()) / 1000f * size;
        }
        canvas.endText();
        return end;
    }

    private void footers() throws IOException {
        List<PDPage> pages = flow.pages();
        float size = type.small();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream canvas = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND,
                    true, true)) {
                float bottom = flow.left() * 0.6f;
                Shapes.rule(canvas, flow.left(), bottom + size * 1.6f, flow.width(), 0.5f);
                String footer = text.text("footer", i + 1, pages.size(), model.header().date());
                canvas.beginText();
                canvas.newLineAtOffset(flow.left(), bottom + size * 0.2f);
                for (FontChain.Run run : fonts.runs(VisualOrder.of(footer), false)) {
                    canvas.setFont(run.font(), size);
                    canvas.showText(run.text());
                }
                canvas.endText();
            }
        }
    }
}
