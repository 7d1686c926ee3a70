package org.secondlook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secondlook.advice.RedFlag;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class AccessiblePdfTest {

    @Test
    void ordinarySummaryIsPdfUaAndPdfA() throws Exception {
        byte[] pdf = Summaries.pdf(Summaries.kneeSummary(Set.of(), "Ann", null), PaperSize.A4, false);
        Files.write(Path.of("/tmp/pdfua/ordinary.pdf"), pdf);
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U));
    }
}
