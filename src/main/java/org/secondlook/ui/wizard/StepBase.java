package org.secondlook.ui.wizard;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.secondlook.advice.StepId;
import org.secondlook.ui.common.Messages;

/** What every step has in common: an id, a title from the messages, and a page built on first use. */
public abstract class StepBase implements WizardStep {

    private static final ObservableValue<String> NEVER_BLOCKED = new SimpleStringProperty(null);

    protected final Messages messages;
    private final StepId id;
    private ObservableValue<String> blocker = NEVER_BLOCKED;
    private Node content;

    protected StepBase(StepId id, Messages messages) {
        this.id = id;
        this.messages = messages;
    }

    @Override
    public final StepId id() {
        return id;
    }

    @Override
    public String title() {
        return messages.get("step." + id.id());
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

    @Override
    public void reset() {
        rebuild();
    }

    protected abstract Node build();

    /** Why Next is disabled; a step that never blocks says nothing. */
    protected final void blockWith(ObservableValue<String> reason) {
        this.blocker = reason;
    }

    @Override
    public final ObservableValue<String> blocker() {
        return blocker;
    }
}
