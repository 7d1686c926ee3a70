package org.secondlook.report;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator for PDF/A and PDF/UA: the rules a PDF breaks, with how often and where. */
final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** One line per broken rule ("clause-test: description (n times, e.g. at context)"); empty when compliant. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> broken = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                counts.merge(rule, 1, Integer::sum);
                broken.putIfAbsent(rule, assertion.getMessage() + " e.g. at " + assertion.getLocation().getContext());
            }
            if (broken.isEmpty() && !result.isCompliant()) {
                return List.of("not compliant, but no failed assertion was reported");
            }
            return broken.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue() + " (" + counts.get(e.getKey()) + " times)")
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check the PDF", e);
        }
    }
}
