package org.secondlook.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.Profile;
import org.secondlook.advice.ProfileException;
import org.secondlook.advice.ProfileReader;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeException;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.report.PaperSize;
import org.secondlook.report.PdfSummaryWriter;
import org.secondlook.report.SummaryBuilder;
import org.secondlook.report.SummaryModel;
import org.secondlook.session.OutputFile;
import org.secondlook.report.print.CupsPrintSystem;
import org.secondlook.report.print.PrintJob;
import org.secondlook.report.print.PrintProblem;
import org.secondlook.report.print.Printers;
import org.secondlook.session.DataLocations;
import org.secondlook.session.NoSuchSessionException;
import org.secondlook.session.Session;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionStore;
import org.secondlook.session.Sessions;
import org.secondlook.text.Phrase;
import org.secondlook.text.Quote;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code second-look export}: the printable summary of a saved session or of a profile file, as a PDF, on a printer,
 * or both.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {

    static final class From {
        @Option(names = "--session", paramLabel = "ID", required = true)
        String session;

        @Option(names = "--profile", paramLabel = "FILE", required = true)
        Path profile;
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    From from;

    @Option(names = "--pdf", paramLabel = "OUT.pdf")
    Path pdf;

    @Option(names = "--print")
    boolean print;

    @Option(names = "--printer", paramLabel = "NAME")
    String printer;

    @Option(names = "--db", paramLabel = "PATH")
    Path database;

    @Option(names = "--paper", paramLabel = "A4|LETTER")
    PaperSize paper;

    @Option(names = "--large-print")
    boolean largePrint;

    @Option(names = "--force")
    boolean force;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() throws IOException {
        Locale locale = language.locale();
        if (pdf == null && !print) {
            throw new BadInputException("export.where");
        }
        if (printer != null && !print) {
            throw new BadInputException("export.printerNeedsPrint");
        }
        KnowledgeBase kb = knowledge();
        if (from.session != null && StoreChoice.clinic(spec).isPresent()) {
            // From the clinic store: the printout is written in the audit log once it is made.
            SessionId id = sessionId();
            try (Sessions store = StoreChoice.open(spec, database)) {
                output(summaryOf(kb, locale, store, id), locale, null);
                store.recordPrinted(id);
            }
            return ExitCodes.OK;
        }
        Path databaseFile = from.session != null ? DatabaseChoice.resolve(spec, database) : DatabaseChoice.inUse(spec, database);
        output(from.session != null ? fromSession(kb, locale, databaseFile) : fromProfile(kb, locale), locale, databaseFile);
        return ExitCodes.OK;
    }

    private void output(SummaryModel model, Locale locale, Path databaseFile) throws IOException {
        if (print) {
            print(model, locale);
        }
        if (pdf == null) {
            return;
        }
        PdfSummaryWriter writer = new PdfSummaryWriter(paper != null ? paper : PaperSize.forLocale(locale), largePrint);
        writer.write(model, new OutputFile(pdf, databaseFile, force));
        spec.commandLine().getOut().println(CliText.phrase("export.wrote", pdf).in(locale));
        spec.commandLine().getOut().flush();
    }

    /** Without a dialog: the printer is named or the default, and the outcome is one line. */
    private void print(SummaryModel model, Locale locale) throws IOException {
        CupsPrintSystem system = CupsPrintSystem.forThisComputer();
        try {
            Printers printers = system.printers();
            Printers.Printer target = printer == null ? printers.preferred() : printers.require(printer);
            PaperSize size = paper != null ? paper : target.paper().orElse(PaperSize.forLocale(locale));
            ByteArrayOutputStream document = new ByteArrayOutputStream();
            new PdfSummaryWriter(size, largePrint).write(model, document);
            PrintJob job = system.print(target.name(), size, document.toByteArray());
            spec.commandLine().getOut().println(CliText.phrase("export.sent", job.printer(), job.id()).in(locale));
            spec.commandLine().getOut().flush();
        } catch (PrintProblem e) {
            throw new BadInputException(CliText.phrase("print." + e.kind().name(), e.subject(),
                    e.detail().isEmpty() ? "" : ": " + e.detail()), e);
        }
    }

    private static KnowledgeBase knowledge() {
        try {
            return KnowledgeLoader.loadBuiltIn();
        } catch (KnowledgeException e) {
            throw new IllegalStateException("The built-in content does not load: " + e.getMessage(), e);
        }
    }

    private SessionId sessionId() {
        try {
            return SessionId.parse(from.session);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("session.badId", Quote.of(from.session));
        }
    }

    private SummaryModel fromSession(KnowledgeBase kb, Locale locale, Path file) {
        SessionId id = sessionId();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("export.noDatabase", file);
        }
        try (SessionStore store = SessionStore.openForCommand(file)) {
            return summaryOf(kb, locale, store, id);
        }
    }

    private static SummaryModel summaryOf(KnowledgeBase kb, Locale locale, Sessions store, SessionId id) {
        try {
            Session session = store.get(id);
            if (session.answers().profile() == null) {
                throw new BadInputException("export.noPain", id.toString());
            }
            return SummaryBuilder.build(kb, new AdviceEngine(kb), session.answers(), session.label(),
                    session.createdAt(), locale);
        } catch (ProfileException e) {
            throw new BadInputException(CliText.phrase("export.misfit", id.toString(), e.getMessage()), e);
        }
    }

    private SummaryModel fromProfile(KnowledgeBase kb, Locale locale) {
        Profile profile;
        try {
            profile = new ProfileReader(kb, locale).read(from.profile);
        } catch (ProfileException e) {
            throw new BadInputException(CliText.phrase("file.problem", from.profile, e.getMessage()), e);
        } catch (IOException e) {
            throw new BadInputException(CliText.phrase("profile.problem", from.profile, Phrase.describe(e, locale)), e);
        }
        return SummaryBuilder.build(kb, new AdviceEngine(kb), SummaryBuilder.profileOnly(profile), null,
                Instant.now(), locale);
    }
}
