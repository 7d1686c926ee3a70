package org.secondlook.ui.wizard;

import org.secondlook.session.NoteKey;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.secondlook.session.Mode;
import org.secondlook.ui.common.MapEntryProperty;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;

/** In clinician mode, a notes field under every step, kept with the session under the step's id. */
public final class ClinicianNotes {

    private ClinicianNotes() {
    }

    /** The notes box for {@code step}, or null when the person is using the app on their own. */
    public static Node under(WizardStep step, WizardState state, Messages messages) {
        if (state.mode.get() != Mode.CLINICIAN) {
            return null;
        }
        NoteKey key = NoteKey.step(step.id());
        TextArea notes = new TextArea(state.clinicianNotes.getOrDefault(key, ""));
        notes.setId("clinician-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        var entry = MapEntryProperty.of(state.clinicianNotes, key);
        notes.textProperty().addListener((obs, was, now) -> entry.set(now.isBlank() ? null : now));
        Label label = Texts.heading(messages.get("clinician.notes"), 3);
        label.setLabelFor(notes);
        VBox box = new VBox(label, Texts.note(messages.get("clinician.notes.hint")), notes);
        box.getStyleClass().addAll("step-page", "clinician-notes");
        return box;
    }
}
