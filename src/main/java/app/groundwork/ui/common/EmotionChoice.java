package app.groundwork.ui.common;

import app.groundwork.domain.EmotionRating;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** An emotion picked in the form, with its live intensity slider value. */
public final class EmotionChoice {
    private final String name;
    private final boolean custom;
    private final String label;
    private final IntegerProperty intensity;

    public EmotionChoice(String name, boolean custom, String label, int intensity) {
        this.name = name;
        this.custom = custom;
        this.label = label;
        this.intensity = new SimpleIntegerProperty(this, "intensity", intensity);
    }

    public String name() {
        return name;
    }

    public boolean custom() {
        return custom;
    }

    public String label() {
        return label;
    }

    public IntegerProperty intensityProperty() {
        return intensity;
    }

    public EmotionRating toRating() {
        return new EmotionRating(name, custom, intensity.get());
    }
}
