package org.secondlook.ui.steps;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.secondlook.advice.StepId;
import org.secondlook.session.Mode;
import org.secondlook.text.Language;
import org.secondlook.ui.common.ChoiceGroup;
import org.secondlook.ui.common.Derived;
import org.secondlook.ui.common.Ids;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;
import org.secondlook.ui.wizard.StepBase;

/** First step: the language, what Second Look is and is not, who made it, how data is kept, and who is using it. */
public final class WelcomeStep extends StepBase {

    private final AboutContent about;
    private final ObjectProperty<Mode> mode;
    private final ObjectProperty<Language> language;
    private final BooleanProperty onClinicServer = new SimpleBooleanProperty();

    public WelcomeStep(Messages messages, AboutContent about, ObjectProperty<Mode> mode, ObjectProperty<Language> language) {
        this(messages, about, mode, language, null);
    }

    private WelcomeStep(Messages messages, AboutContent about, ObjectProperty<Mode> mode, ObjectProperty<Language> language,
            String onceChosen) {
        super(StepId.WELCOME, messages);
        this.about = about;
        this.mode = mode;
        this.language = language;
        blockWith(Derived.object(() -> mode.get() == null ? messages.get("welcome.blocker") : onceChosen, mode));
    }

    /** The page shown while the rest of the content loads: it works, but Next says it is getting ready. */
    public static WelcomeStep whileContentLoads(Messages messages, AboutContent about, ObjectProperty<Mode> mode,
            ObjectProperty<Language> language) {
        return new WelcomeStep(messages, about, mode, language, messages.get("welcome.preparing"));
    }

    /** The sessions are kept on the clinic's server, not on this computer: the privacy text says so. */
    public void savedOnClinicServer() {
        onClinicServer.set(true);
    }

    @Override
    protected Node build() {
        ToggleGroup group = new ToggleGroup();
        RadioButton alone = modeChoice(group, Mode.SELF, "welcome.mode.alone");
        RadioButton guided = modeChoice(group, Mode.CLINICIAN, "welcome.mode.clinician");
        Label modeQuestion = Texts.heading(messages.get("welcome.mode.question"), 2);
        modeQuestion.setLabelFor(alone);

        Label privacyTitle = Texts.heading("", 2);
        privacyTitle.textProperty().bind(onClinicServer.map(clinic -> messages.get(clinic
                ? "welcome.privacy.clinic.title" : "welcome.privacy.title")));
        Label privacy = Texts.paragraph("");
        privacy.textProperty().bind(onClinicServer.map(clinic -> messages.get(clinic
                ? "welcome.privacy.clinic" : "welcome.privacy")));

        VBox page = new VBox(
                Texts.heading(messages.get("welcome.title"), 1),
                ChoiceGroup.row(messages.get("welcome.language"), List.of(Language.values()), Language::ownName, language,
                        "language"),
                Texts.paragraph(about.whatItIs()),
                Texts.paragraph(about.whatItIsNot()),
                Texts.heading(messages.get("welcome.whoMadeIt"), 2),
                Texts.paragraph(about.authorship()),
                Texts.paragraph(about.funding()),
                Texts.paragraph(messages.format("welcome.competingInterests", about.competingInterests())),
                Texts.paragraph(messages.format("welcome.reviewed",
                        about.lastReviewed(), about.nextReviewDue(), about.contentVersion())),
                Texts.note(about.updatePolicy()),
                privacyTitle,
                privacy,
                modeQuestion,
                alone,
                guided);
        page.getStyleClass().add("step-page");
        return page;
    }

    private RadioButton modeChoice(ToggleGroup group, Mode value, String key) {
        RadioButton button = new RadioButton(messages.get(key));
        button.setToggleGroup(group);
        button.setWrapText(true);
        // Follows the answer, which can also come from the page shown while the content loaded.
        mode.subscribe(chosen -> button.setSelected(chosen == value));
        button.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                mode.set(value);
            }
        });
        button.setId("mode-" + Ids.of(value));
        return button;
    }
}
