package org.secondlook.report;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The logical structure of a tagged PDF, built while the pages are drawn: a tree of structure elements (headings,
 * paragraphs, lists, tables, figures) under one Document element, in reading order. Everything drawn either belongs
 * to the innermost open element (marked content with an id, listed in the parent tree) or is an artifact that
 * assistive technology skips (rules, shading, page numbers).
 */
final class Tagging {

    /** Drawing operations on the current page. */
    interface Drawing {
        void draw() throws IOException;
    }

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final Deque<PDStructureElement> open = new ArrayDeque<>();
    /** For each page, the element each marked-content id belongs to; the id is the index. */
    private final Map<PDPage, List<PDStructureElement>> marked = new LinkedHashMap<>();

    Tagging(PDDocument document) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDStructureElement top = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(top);
        open.push(top);
    }

    /** Opens an element inside the innermost open one; what is drawn next belongs to it until {@link #close()}. */
    PDStructureElement open(String type) {
        PDStructureElement parent = open.element();
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        open.push(element);
        return element;
    }

    void close() {
        if (open.size() == 1) {
            throw new IllegalStateException("The Document element stays open");
        }
        open.pop();
    }

    /** A figure with its alternative text, drawn by {@code drawing}. */
    void figure(String alternative, PDPageContentStream canvas, PDPage page, Drawing drawing) throws IOException {
        open(StandardStructureTypes.Figure).setAlternateDescription(alternative);
        content(canvas, page, drawing);
        close();
    }

    /** Draws content of the innermost open element. */
    void content(PDPageContentStream canvas, PDPage page, Drawing drawing) throws IOException {
        PDStructureElement element = open.element();
        List<PDStructureElement> onPage = marked.computeIfAbsent(page, p -> new ArrayList<>());
        int id = onPage.size();
        onPage.add(element);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, id);
        canvas.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        drawing.draw();
        canvas.endMarkedContent();
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(id);
        reference.setPage(page);
        element.appendKid(reference);
    }

    /** Drawing that is not content: layout marks, shading, page furniture. */
    static void artifact(PDPageContentStream canvas, Drawing drawing) throws IOException {
        canvas.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        canvas.endMarkedContent();
    }

    /** Writes the parent tree, which leads from marked content on a page back to its element. */
    void finish() {
        if (open.size() != 1) {
            throw new IllegalStateException(open.size() - 1 + " structure elements were left open");
        }
        Map<Integer, COSObjectable> parents = new LinkedHashMap<>();
        int key = 0;
        for (var entry : marked.entrySet()) {
            COSArray elements = new COSArray();
            entry.getValue().forEach(element -> elements.add(element.getCOSObject()));
            entry.getKey().setStructParents(key);
            parents.put(key++, new PDParentTreeValue(elements));
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parents);
        root.setParentTree(tree);
        root.setParentTreeNextKey(key);
    }
}
