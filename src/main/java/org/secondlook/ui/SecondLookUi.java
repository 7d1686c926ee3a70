package org.secondlook.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.secondlook.session.ClinicAddress;
import org.secondlook.session.DamagedDatabaseException;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.Sessions;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.text.Language;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.history.StartupNotices;
import org.secondlook.ui.options.OptionsStep;
import org.secondlook.ui.session.SessionKeeper;
import org.secondlook.ui.summary.FolderOpener;
import org.secondlook.ui.summary.SummaryActions;
import org.secondlook.ui.steps.AboutContent;
import org.secondlook.ui.steps.CheckStep;
import org.secondlook.ui.steps.DiagnosisStep;
import org.secondlook.ui.steps.PainStep;
import org.secondlook.ui.steps.PracticalStep;
import org.secondlook.ui.steps.PrioritiesStep;
import org.secondlook.ui.steps.SafetyStep;
import org.secondlook.ui.steps.TriedStep;
import org.secondlook.ui.steps.UrgentStep;
import org.secondlook.ui.steps.WelcomeStep;
import org.secondlook.ui.wizard.WizardFlow;
import org.secondlook.ui.wizard.WizardModel;
import org.secondlook.ui.wizard.WizardState;
import org.secondlook.ui.wizard.WizardStep;

/** Starts the JavaFX toolkit and opens the Second Look window. */
public final class SecondLookUi {

    private SecondLookUi() {
    }

    /**
     * Opens the window. With the content's metadata at hand, the first frame is the welcome page alone
     * ({@link WelcomeWhileLoading}), and the whole wizard takes the window over once {@code services} are ready;
     * without it, the window waits for them. With {@code startupProbe}, prints {@code first-frame-ms=N} ({@link StartupProbe}) once the
     * first frame is drawn, and exits. If {@code services} fail with a {@link StartupProblem}, a window explains it
     * instead. {@code afterFirstFrame} runs once the first frame is drawn, for work that should not slow the start.
     * With {@code walkThrough} set (the run that trains the AOT cache), the window then shows every step with those
     * answers, one frame each, and closes.
     */
    public static void start(CompletableFuture<FirstPage> first, CompletableFuture<UiServices> services,
            boolean startupProbe, Supplier<SessionAnswers> walkThrough, Runnable afterFirstFrame) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            FirstPage page = first.join();
            Consumer<MainWindow> whenWhole = walkThrough == null ? window -> { }
                    : window -> FirstFrame.whenDrawn(window.stage().getScene(),
                            () -> StepWalk.everyStep(window, walkThrough.get(), window.stage()::close));
            if (page.metadata() == null) {
                MainWindow window;
                try {
                    window = open(stage, services.join());
                } catch (CompletionException e) {
                    StartupProblem problem = problem(e);
                    ProblemWindow.show(new Stage(), problem.title(), problem.getMessage());
                    return;
                }
                whenWhole.accept(window);
            } else {
                WelcomeWhileLoading welcome = new WelcomeWhileLoading(stage, page);
                services.whenComplete((ready, failure) -> Platform.runLater(() -> {
                    if (failure == null) {
                        whenWhole.accept(welcome.handOver(ready));
                    } else if (!(failure.getCause() instanceof CancellationException)) {
                        StartupProblem problem = problem(failure);
                        ProblemWindow.show(new Stage(), problem.title(), problem.getMessage());
                        stage.close();
                    }
                }));
            }
            FirstFrame.whenDrawn(stage.getScene(), () -> {
                afterFirstFrame.run();
                if (startupProbe) {
                    StartupProbe.printFirstFrame();
                    Platform.exit();
                }
            });
            stage.show();
        });
    }

    /**
     * Closes every window as its close button would (the main window saves what is pending), then JavaFX exits. Safe
     * from any thread; throws IllegalStateException when JavaFX has not started.
     */
    public static void closeAll() {
        Platform.runLater(() -> {
            List.copyOf(Window.getWindows()).forEach(Window::hide);
            Platform.exit();
        });
    }

    /** The start-up problem that made {@code services} fail; any other failure is a bug, and is thrown on. */
    private static StartupProblem problem(Throwable failure) {
        if (failure.getCause() instanceof StartupProblem problem) {
            return problem;
        }
        throw failure instanceof RuntimeException unexpected ? unexpected : new CompletionException(failure);
    }

    /** Asks on the JavaFX thread whether to save what can be read from a damaged sessions file into a new one. */
    public static CompletableFuture<Boolean> askToRecover(Messages messages, DamagedDatabaseException damaged) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new StartupNotices(messages, null).askToRecover(damaged)));
        return answer;
    }

    /** Asks for the clinic server's password on the FX thread; empty when the person goes on without saving. */
    public static CompletableFuture<Optional<char[]>> askClinicPassword(Messages messages, ClinicAddress address) {
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new StartupNotices(messages, null).askClinicPassword(address)));
        return answer;
    }

    /** Builds the window on {@code stage} without showing it; tests call this directly. */
    public static MainWindow open(Stage stage, UiServices services) {
        return open(stage, services, services.settings().load());
    }

    /** Builds the window on {@code stage} in the display settings as they are now, or takes it over from the welcome page. */
    static MainWindow open(Stage stage, UiServices services, UserSettings settings) {
        return new MainWindow(stage, services, settings, (messages, language) -> pages(stage, services, messages, language));
    }

    /** The wizard in the language of {@code messages}, over a new person's empty answers. */
    private static WindowPages pages(Stage stage, UiServices services, Messages messages, ObjectProperty<Language> language) {
        var knowledge = services.knowledge();
        WizardState state = new WizardState(services.engine(), messages.locale());
        WizardStep safety = new SafetyStep(messages, knowledge, state);
        WizardStep urgent = new UrgentStep(messages, knowledge, services.engine(), state);
        CheckStep check = new CheckStep(messages, knowledge, state);
        SessionKeeper keeper = new SessionKeeper(services.sessions(), state, knowledge.metadata().contentVersion(), messages);
        check.setActions(() -> {
            SummaryActions actions = new SummaryActions(knowledge, services.engine(), messages, state::toSessionAnswers,
                    state.label::get, () -> stage, FolderOpener.system(), () -> databaseInUse(services));
            actions.setOnOutput(keeper::recordPrinted);
            return actions.panel();
        });
        WelcomeStep welcome = new WelcomeStep(messages, AboutContent.of(knowledge.metadata(), messages.locale()),
                state.mode, language);
        services.sessions().thenAccept(opened -> {
            if (opened.localFile().isEmpty()) {
                Platform.runLater(welcome::savedOnClinicServer);
            }
        });
        List<WizardStep> steps = List.of(
                welcome,
                safety,
                new PainStep(messages, services.engine(), state),
                new DiagnosisStep(messages, knowledge, state),
                new TriedStep(messages, knowledge, state),
                new PrioritiesStep(messages, knowledge, state),
                new PracticalStep(messages, state),
                new OptionsStep(messages, knowledge, state),
                check);
        WizardModel wizard = WizardFlow.create(steps, safety, urgent, state);
        return new WindowPages(messages, state, wizard, keeper, language);
    }

    private static Path databaseInUse(UiServices services) {
        CompletableFuture<Sessions> sessions = services.sessions();
        return sessions.isDone() && !sessions.isCompletedExceptionally() ? sessions.join().localFile().orElse(null) : null;
    }
}
