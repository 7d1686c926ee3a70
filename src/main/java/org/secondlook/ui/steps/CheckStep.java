package org.secondlook.ui.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.secondlook.advice.StepId;
import org.secondlook.advice.Advice;
import org.secondlook.advice.Decision;
import org.secondlook.advice.OptionAdvice;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeCheck;
import org.secondlook.advice.SureAnswers;
import org.secondlook.ui.common.ChoiceGroup;
import org.secondlook.ui.common.Converters;
import org.secondlook.ui.common.MapEntryProperty;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Sources;
import org.secondlook.ui.common.Texts;
import org.secondlook.ui.wizard.StepBase;
import org.secondlook.ui.wizard.WizardState;

/**
 * Check your decision: a short knowledge check, the SURE test, where the person leans now, the
 * questions to bring, and next steps that follow from their SURE answers.
 */
public final class CheckStep extends StepBase {

    private static final String UNSURE = "";

    private final KnowledgeBase knowledge;
    private final WizardState state;
    private final VBox questionsBox = new VBox();
    private final VBox nextStepsBox = new VBox();
    private Supplier<Node> actions;
    private Node builtActions;
    private boolean showAllQuestions;

    public CheckStep(Messages messages, KnowledgeBase knowledge, WizardState state) {
        super(StepId.CHECK, messages);
        this.knowledge = knowledge;
        this.state = state;
        state.decision().addListener((obs, was, now) -> {
            refreshQuestions();
            refreshNextSteps();
        });
    }

    /** Buttons shown at the end of the page (save as PDF, print), supplied by the window; built when first shown. */
    public void setActions(Supplier<Node> actions) {
        this.actions = actions;
        rebuild();
    }

    @Override
    public void onShow() {
        rebuild();
    }

    @Override
    public void reset() {
        builtActions = null;
        super.reset();
    }

    @Override
    protected Node build() {
        Decision decision = state.decision().get();
        VBox page = new VBox(Texts.heading(messages.get("check.title"), 1), Texts.paragraph(messages.get("check.intro")));
        page.getStyleClass().add("step-page");
        if (decision == null) {
            Label missing = Texts.paragraph(state.decisionProblem().get() == null ? messages.get("options.answersIncomplete")
                    : messages.format("options.answersDoNotFit", state.decisionProblem().get()));
            missing.setId("answers-do-not-fit");
            missing.getStyleClass().add("notice");
            page.getChildren().add(missing);
            return page;
        }
        Advice advice = decision.advice();
        if (decision.injuryFirst()) {
            Label injury = Texts.paragraph(messages.get("check.injuryFirst"));
            injury.setId("injury-first");
            injury.getStyleClass().add("notice");
            page.getChildren().add(injury);
        }
        if (!decision.knowledgeCheck().isEmpty()) {
            page.getChildren().add(Texts.heading(messages.get("check.knowledge"), 2));
        }
        for (KnowledgeCheck check : decision.knowledgeCheck()) {
            page.getChildren().add(knowledgeQuestion(check));
        }
        page.getChildren().add(Texts.heading(messages.get("check.sure"), 2));
        page.getChildren().add(Texts.note(messages.get("check.sure.intro")));
        page.getChildren().addAll(
                sureQuestion("sure", "check.sure.s", SureField.SURE),
                sureQuestion("understand", "check.sure.u", SureField.UNDERSTAND),
                sureQuestion("riskbenefit", "check.sure.r", SureField.RISK_BENEFIT),
                sureQuestion("encouragement", "check.sure.e", SureField.ENCOURAGEMENT));
        page.getChildren().add(leaning(advice));
        page.getChildren().add(Texts.heading(messages.get("check.questions"), 2));
        page.getChildren().add(questionsBox);
        page.getChildren().add(Texts.heading(messages.get("check.next"), 2));
        page.getChildren().add(nextStepsBox);
        page.getChildren().add(notes());
        page.getChildren().add(label());
        if (actions != null) {
            if (builtActions == null) {
                builtActions = actions.get();
            }
            page.getChildren().add(builtActions);
        }
        refreshQuestions();
        refreshNextSteps();
        return page;
    }

    private Node knowledgeQuestion(KnowledgeCheck check) {
        Locale locale = messages.locale();
        ObjectProperty<Boolean> answer = MapEntryProperty.of(state.knowledgeCheck, check.id());
        Label explanation = Texts.paragraph("");
        explanation.setId("explain-" + check.id());
        explanation.getStyleClass().add("explanation");
        Label source = Texts.note(Sources.cite(knowledge, check.sources(), messages));
        VBox feedback = new VBox(explanation, source);
        answer.subscribe(given -> {
            feedback.setVisible(given != null);
            feedback.setManaged(given != null);
            if (given != null) {
                String verdict = messages.get(given == check.answer() ? "check.right" : "check.notQuite");
                explanation.setText(verdict + " " + messages.format("check.answerIs",
                        messages.get(check.answer() ? "answer.true" : "answer.false")) + " " + check.explanation().in(locale));
            }
        });
        VBox box = new VBox(ChoiceGroup.row(check.statement().in(locale), List.of(Boolean.TRUE, Boolean.FALSE),
                value -> messages.get(value ? "answer.true" : "answer.false"), answer, "check-" + check.id()), feedback);
        box.getStyleClass().add("knowledge-question");
        return box;
    }

    private enum SureField { SURE, UNDERSTAND, RISK_BENEFIT, ENCOURAGEMENT }

    private Node sureQuestion(String id, String key, SureField field) {
        ObjectProperty<Boolean> answer = new SimpleObjectProperty<>(get(state.sure.get(), field));
        answer.addListener((obs, was, now) -> state.sure.set(with(state.sure.get(), field, now)));
        return ChoiceGroup.row(messages.get(key), List.of(Boolean.TRUE, Boolean.FALSE),
                yes -> messages.get(yes ? "answer.yes" : "answer.no"), answer, "sure-" + id);
    }

    private static Boolean get(SureAnswers sure, SureField field) {
        return switch (field) {
            case SURE -> sure.sure();
            case UNDERSTAND -> sure.understand();
            case RISK_BENEFIT -> sure.riskBenefit();
            case ENCOURAGEMENT -> sure.encouragement();
        };
    }

    private static SureAnswers with(SureAnswers sure, SureField field, Boolean value) {
        return switch (field) {
            case SURE -> new SureAnswers(value, sure.understand(), sure.riskBenefit(), sure.encouragement());
            case UNDERSTAND -> new SureAnswers(sure.sure(), value, sure.riskBenefit(), sure.encouragement());
            case RISK_BENEFIT -> new SureAnswers(sure.sure(), sure.understand(), value, sure.encouragement());
            case ENCOURAGEMENT -> new SureAnswers(sure.sure(), sure.understand(), sure.riskBenefit(), value);
        };
    }

    private Node leaning(Advice advice) {
        List<String> ids = new ArrayList<>();
        ids.add(UNSURE);
        advice.options().stream().map(OptionAdvice::id).forEach(ids::add);
        ComboBox<String> leaning = new ComboBox<>(FXCollections.observableArrayList(ids));
        leaning.setId("final-leaning");
        leaning.setConverter(Converters.showing(id -> id.equals(UNSURE)
                ? messages.get("leaning.unsure") : advice.option(id).orElseThrow().name()));
        leaning.setValue(state.leaning.get() == null ? UNSURE : state.leaning.get());
        leaning.valueProperty().addListener((obs, was, now) -> state.leaning.set(UNSURE.equals(now) ? null : now));
        Label question = Texts.heading(messages.get("check.leaning"), 2);
        question.setLabelFor(leaning);
        return new VBox(question, leaning);
    }

    private Node label() {
        TextField label = new TextField(state.label.get());
        label.setId("session-label");
        label.setPrefColumnCount(24);
        label.setMaxWidth(30 * 16);
        label.textProperty().bindBidirectional(state.label);
        Label question = Texts.heading(messages.get("check.label"), 2);
        question.setLabelFor(label);
        return new VBox(question, Texts.note(messages.get("check.label.hint")), label);
    }

    private Node notes() {
        TextArea notes = new TextArea(state.patientNotes.get());
        notes.setId("patient-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(state.patientNotes);
        Label label = Texts.heading(messages.get("check.notes"), 2);
        label.setLabelFor(notes);
        return new VBox(label, Texts.note(messages.get("check.notes.hint")), notes);
    }

    /** The decision's first questions (the same the printout prints), and the rest under "show all". */
    private void refreshQuestions() {
        Decision decision = state.decision().get();
        questionsBox.setId("questions-to-bring");
        if (decision == null) {
            questionsBox.getChildren().clear();
            return;
        }
        List<Node> lines = new ArrayList<>(decision.questionsFirst().stream().map(CheckStep::bullet).toList());
        List<String> rest = decision.questions().subList(decision.questionsFirst().size(), decision.questions().size());
        if (!rest.isEmpty()) {
            VBox more = new VBox(rest.stream().map(CheckStep::bullet).toArray(Node[]::new));
            more.setId("more-questions");
            more.setVisible(showAllQuestions);
            more.managedProperty().bind(more.visibleProperty());
            ToggleButton showAll = new ToggleButton(messages.format("check.questions.showAll", rest.size()));
            showAll.setId("show-all-questions");
            showAll.setSelected(showAllQuestions);
            showAll.selectedProperty().addListener((obs, was, now) -> {
                showAllQuestions = now;
                more.setVisible(now);
            });
            lines.add(showAll);
            lines.add(more);
        }
        questionsBox.getChildren().setAll(lines);
    }

    private static Node bullet(String line) {
        return Texts.paragraph("\u2022 " + line);
    }

    private void refreshNextSteps() {
        SureAnswers sure = state.sure.get();
        List<Node> lines = new ArrayList<>();
        if (sure.allAnswered()) {
            lines.add(Texts.paragraph(messages.format(sure.positiveForConflict() ? "check.sure.conflict" : "check.sure.noConflict",
                    sure.score(), SureAnswers.MAX_SCORE)));
        }
        Decision decision = state.decision().get();
        if (decision != null) {
            decision.nextSteps().forEach(step -> lines.add(Texts.paragraph("\u2022 " + step)));
        }
        nextStepsBox.getChildren().setAll(lines);
        nextStepsBox.setId("next-steps");
    }
}
