package org.secondlook.ui.wizard;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.secondlook.ui.common.Messages;

/** What every step has in common: an id, a title from the messages, and a page built on first use. */
public abstract class StepBase implements WizardStep {

    protected final Messages messages;
    private final String id;
    private Node content;

    protected StepBase(String id, Messages messages) {
        this.id = id;
        this.messages = messages;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public String title() {
        return messages.get("step." + id);
    }

    @Override
    public final Node content() {
        if (content == null) {
            content = build();
        }
        return content;
    }

    /** Drops the page so the next {@link #content()} builds it again from the current answers. */
    protected final void rebuild() {
        content = null;
    }

    protected abstract Node build();

    @Override
    public abstract ObservableValue<String> blocker();
}
