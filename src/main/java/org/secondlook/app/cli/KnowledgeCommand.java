package org.secondlook.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeException;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.knowledge.KnowledgeValidator;
import org.secondlook.knowledge.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Tools for the clinical editor who maintains the evidence content. */
@Command(name = "knowledge", mixinStandardHelpOptions = true, subcommands = KnowledgeCommand.Validate.class)
public final class KnowledgeCommand {

    /** Read by {@link LanguageOption#apply}: the help's language, handed on to the sub-command that runs. */
    @Mixin
    LanguageOption language;

    /** Exit code when the content has problems. */
    public static final int CONTENT_PROBLEMS = 2;

    @Command(name = "validate", mixinStandardHelpOptions = true)
    public static final class Validate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private LanguageOption language;

        @Parameters(arity = "0..1", paramLabel = "DIR")
        private Path dir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Problem> problems = new ArrayList<>();
            KnowledgeBase kb = null;
            try {
                kb = dir == null ? KnowledgeLoader.checkBuiltIn() : KnowledgeLoader.loadFrom(dir);
                problems.addAll(KnowledgeValidator.readingLevel(kb));
            } catch (KnowledgeException e) {
                problems.addAll(e.problems());
            }
            if (!problems.isEmpty()) {
                problems.forEach(err::println);
                err.flush();
                return CONTENT_PROBLEMS;
            }
            out.println(CliText.phrase("knowledge.ok", kb.metadata().contentVersion(), kb.conditions().size(),
                    kb.options().size()).in(language.locale()));
            out.flush();
            return 0;
        }
    }
}
