package org.secondlook.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secondlook.advice.Advice;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.Decision;
import org.secondlook.advice.StepId;
import org.secondlook.advice.SureAnswers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.secondlook.advice.Profile;
import org.secondlook.advice.ProfileException;
import org.secondlook.advice.ProfileReader;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeException;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.session.Mode;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.SessionId;
import org.secondlook.session.Sessions;
import org.secondlook.text.Phrase;
import org.secondlook.text.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code second-look recommend --profile FILE}: the advice for a profile, as JSON on stdout. */
@Command(name = "recommend", mixinStandardHelpOptions = true)
public final class RecommendCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", paramLabel = "FILE", required = true)
    private Path profileFile;

    @Option(names = "--knowledge", paramLabel = "DIR")
    private Path knowledgeDir;

    @Option(names = "--save")
    private boolean save;

    @Option(names = "--label", paramLabel = "TEXT")
    private String label;

    @Option(names = "--db", paramLabel = "PATH")
    private Path database;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() throws KnowledgeException, JsonProcessingException {
        KnowledgeBase kb = knowledge();
        Profile profile = profile(kb);
        Decision decision = new AdviceEngine(kb).decide(profile, List.of(), SureAnswers.unanswered(), null, language.locale());
        PrintWriter out = spec.commandLine().getOut();
        if (save) {
            out.println(saveSession(profile, decision.advice()).value());
        } else {
            out.println(JSON.writeValueAsString(result(decision)));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The advice, plus the options compared side by side in column order and the questions to bring (all, and first). */
    private static ObjectNode result(Decision decision) {
        ObjectNode result = JSON.valueToTree(decision.advice());
        result.set("comparison", JSON.valueToTree(decision.comparison()));
        result.set("questions", JSON.valueToTree(decision.questions()));
        result.set("questionsFirst", JSON.valueToTree(decision.questionsFirst()));
        return result;
    }

    private SessionId saveSession(Profile profile, Advice advice) {
        if (label != null && label.length() > Sessions.MAX_LABEL_LENGTH) {
            throw new BadInputException("label.tooLong", String.valueOf(Sessions.MAX_LABEL_LENGTH));
        }
        if (Quote.hasControlCharacters(label)) {
            throw new BadInputException("label.control");
        }
        SessionAnswers answers = SessionAnswers.start(Mode.SELF).withProfile(profile).atStep(StepId.OPTIONS);
        try (Sessions store = StoreChoice.open(spec, database)) {
            return store.createCompleted(answers, advice.contentVersion(), label);
        }
    }

    private KnowledgeBase knowledge() throws KnowledgeException {
        if (knowledgeDir == null) {
            return KnowledgeLoader.loadBuiltIn();
        }
        try {
            return KnowledgeLoader.loadFrom(knowledgeDir);
        } catch (KnowledgeException e) {
            throw new BadInputException(CliText.phrase("knowledge.problem", knowledgeDir, e.problems().get(0)), e);
        }
    }

    private Profile profile(KnowledgeBase kb) {
        try {
            return new ProfileReader(kb, language.locale()).read(profileFile);
        } catch (ProfileException e) {
            throw new BadInputException(CliText.phrase("file.problem", profileFile, e.getMessage()), e);
        } catch (IOException e) {
            throw new BadInputException(CliText.phrase("profile.problem", profileFile, Phrase.describe(e, language.locale())), e);
        }
    }
}
