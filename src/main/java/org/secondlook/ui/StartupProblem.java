package org.secondlook.ui;

/** Second Look cannot open its window; the title and message say why in plain words. */
public final class StartupProblem extends RuntimeException {

    private final String title;

    public StartupProblem(String title, String message) {
        super(message);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
