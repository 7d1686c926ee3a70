package org.secondlook.ui;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;
import org.secondlook.ui.common.WindowFit;

/** A plain window that explains why Second Look cannot start, with the details to pass on. */
final class ProblemWindow {

    /** Room for several lines of details without scrolling; as wide as a page may be (.step-page). */
    static final double MIN_WIDTH_EM = 52;
    static final double MIN_HEIGHT_EM = 34;

    private ProblemWindow() {
    }

    static void show(Stage stage, String title, String details) {
        Messages messages = new Messages(Locale.getDefault());
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setId("problem-details");
        Button quit = new Button(messages.get("problem.quit"));
        quit.setDefaultButton(true);
        quit.setCancelButton(true);
        quit.setOnAction(e -> stage.close());
        VBox top = new VBox(Texts.heading(title, 1), Texts.paragraph(messages.get("problem.intro")));
        BorderPane root = new BorderPane(text, top, null, new HBox(quit), null);
        root.getStyleClass().add("step-page");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ProblemWindow.class.getResource("/org/secondlook/ui/theme/base.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        WindowFit.toContent(stage, MIN_WIDTH_EM, MIN_HEIGHT_EM);
        stage.show();
    }
}
