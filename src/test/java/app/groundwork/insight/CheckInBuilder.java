package app.groundwork.insight;

import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Check-ins for tests, written the way a person fills the form: only what matters to the case at hand. */
final class CheckInBuilder {
    private final int mood;
    private Integer selfTrust;
    private LocalTime time = LocalTime.of(9, 0);
    private final List<EmotionRating> emotions = new ArrayList<>();
    private final List<BodySignalMark> bodySignals = new ArrayList<>();
    private final List<String> lifeAreas = new ArrayList<>();

    private CheckInBuilder(int mood) {
        this.mood = mood;
    }

    static CheckInBuilder mood(int mood) {
        return new CheckInBuilder(mood);
    }

    CheckInBuilder selfTrust(int value) {
        selfTrust = value;
        return this;
    }

    CheckInBuilder at(LocalTime value) {
        time = value;
        return this;
    }

    CheckInBuilder feeling(String emotion, int intensity) {
        emotions.add(EmotionRating.known(emotion, intensity));
        return this;
    }

    CheckInBuilder feelingInOwnWords(String word, int intensity) {
        emotions.add(EmotionRating.custom(word, intensity));
        return this;
    }

    CheckInBuilder body(String signal) {
        bodySignals.add(BodySignalMark.known(signal));
        return this;
    }

    CheckInBuilder area(String area) {
        lifeAreas.add(area);
        return this;
    }

    CheckInContent build() {
        return new CheckInContent(LocalDate.of(2024, 3, 14), time, mood, selfTrust, null, null,
                emotions, bodySignals, lifeAreas, "", List.of());
    }
}
