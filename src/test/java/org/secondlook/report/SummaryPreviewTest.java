package org.secondlook.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secondlook.advice.RedFlag;

class SummaryPreviewTest {
    @Test
    void writePreviews() throws Exception {
        Path dir = Path.of("target/summary-preview");
        Files.createDirectories(dir);
        SummaryModel model = Summaries.kneeSummary(Set.of(RedFlag.HOT_SWOLLEN_KNEE_WITH_FEVER),
                "Zoë Ångström Ελένη Наталья فاطمة الزهراء 王小明 😀", "Notes: Ελληνικά, русский, العربية, 中文 😀 ok.\nSecond line.");
        Files.write(dir.resolve("normal.pdf"), Summaries.pdf(model, PaperSize.A4, false));
        Files.write(dir.resolve("large.pdf"), Summaries.pdf(model, PaperSize.LETTER, true));
    }
}
