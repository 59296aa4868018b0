package app.groundwork.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for the start-up benchmark: the smallest JavaFX window, started the way Groundwork starts (a plain
 * main class that launches the application, with JavaFX on the class path).
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare window");
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1120, 780));
            stage.show();
        }
    }
}
