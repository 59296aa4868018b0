package app.groundwork.ui.common;

import app.groundwork.service.AppSettings;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Applies the chosen theme and text size. Colours come only from the theme's variables (see groundwork.css). */
public final class Theme {
    private static final String STYLESHEET = Theme.class.getResource("/app/groundwork/ui/groundwork.css").toExternalForm();

    private Theme() {
    }

    public static void apply(Scene scene, AppSettings settings) {
        Application.setUserAgentStylesheet(settings.theme() == AppSettings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        Parent root = scene.getRoot();
        root.setStyle("-fx-font-size: " + settings.textSize() + "px;");
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add(settings.theme() == AppSettings.Theme.DARK ? "theme-dark" : "theme-light");
    }
}
