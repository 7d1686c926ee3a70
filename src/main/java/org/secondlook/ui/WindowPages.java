package org.secondlook.ui;

import javafx.beans.property.ObjectProperty;
import org.secondlook.text.Language;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.session.SessionKeeper;
import org.secondlook.ui.wizard.WizardModel;
import org.secondlook.ui.wizard.WizardState;

/**
 * The wizard in one language: its texts, the person's answers, the steps, what keeps the answers saved, and the
 * language choice the pages show (setting it asks for the pages in another language).
 */
record WindowPages(Messages messages, WizardState state, WizardModel wizard, SessionKeeper keeper,
        ObjectProperty<Language> language) {
}
