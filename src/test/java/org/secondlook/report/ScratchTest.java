package org.secondlook.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void scripts() throws Exception {
        String label = "Zoë Ångström-Núñez Ελένη Наталья 王小明";
        String note = "Çà et là. Καλημέρα. Привет. مرحبا بكم 你好世界 😀 \uD83E\uDEE8\n"
                + "مرحبا بكم في العيادة (اليوم) 2026 لا\nשלום עולם, מה שלומך? (היום)\nEnglish then عربي then English.";
        byte[] pdf = Summaries.pdf(Summaries.kneeSummary(Set.of(), label, note), PaperSize.A4, false);
        Files.write(Path.of("/tmp/pdfua/scripts.pdf"), pdf);
        System.out.println(PdfText.read(pdf).text().lines().filter(l -> l.contains("Привет") || l.contains("2026 ") || l.contains("English")).toList());
        System.out.println(VisualOrder.of("Çà et là. Καλημέρα. Привет. مرحبا بكم 你好世界", false));
    }
}
