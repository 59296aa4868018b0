package app.groundwork.insight;

import app.groundwork.content.Card;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.Emotion;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Chooses the one card the Today screen offers. The first rule that fits the latest check-in wins; the order puts
 * what a person marked deliberately (a strong feeling, a body signal) ahead of what the numbers suggest.
 *
 * <pre>
 *  latest check-in shows                               card
 *  shame or guilt ≥ 60                                 inner-critic
 *  embarrassment ≥ 60                                  identity-injury
 *  numbness ≥ 50, or heavy limbs                       emotional-hangover
 *  anxiety or fear ≥ 60, or any other body signal      body-signals
 *  mood ≤ 3 and self-trust ≤ 3                         learned-helplessness
 *  self-trust ≤ 3                                      vulnerability-before-confidence
 *  mood ≤ 3                                            non-linear-recovery
 *  disappointment or envy ≥ 60                         contingent-self-worth
 *  grief ≥ 60                                          vulnerability-before-confidence
 *  anger or loneliness ≥ 60                            emotional-hangover
 *  an easing day: mood ≥ 7, or easing feelings
 *    stronger than any difficult one                   psychological-flexibility
 *  anything else, or no check-in yet                   the cards in turn, one per day
 * </pre>
 */
public final class TodayCardPicker {
    private static final int STRONG = 60;
    private static final int NOTICEABLE_NUMBNESS = 50;
    private static final int LOW = 3;
    private static final int GOOD_MOOD = 7;

    private final ContentLibrary library;
    private final List<Rule> rules;

    public TodayCardPicker(ContentLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
        this.rules = List.of(
                new Rule("inner-critic", checkIn -> strong(checkIn, "shame") || strong(checkIn, "guilt")),
                new Rule("identity-injury", checkIn -> strong(checkIn, "embarrassment")),
                new Rule("emotional-hangover",
                        checkIn -> checkIn.intensityOf("numbness") >= NOTICEABLE_NUMBNESS || checkIn.noticed("heavy-limbs")),
                new Rule("body-signals", checkIn -> strong(checkIn, "anxiety") || strong(checkIn, "fear")
                        || checkIn.bodySignals().stream().anyMatch(mark -> !mark.custom())),
                new Rule("learned-helplessness", checkIn -> checkIn.mood() <= LOW && lowSelfTrust(checkIn)),
                new Rule("vulnerability-before-confidence", TodayCardPicker::lowSelfTrust),
                new Rule("non-linear-recovery", checkIn -> checkIn.mood() <= LOW),
                new Rule("contingent-self-worth", checkIn -> strong(checkIn, "disappointment") || strong(checkIn, "envy")),
                new Rule("vulnerability-before-confidence", checkIn -> strong(checkIn, "grief")),
                new Rule("emotional-hangover", checkIn -> strong(checkIn, "anger") || strong(checkIn, "loneliness")),
                new Rule("psychological-flexibility", this::easingDay));
        rules.forEach(rule -> library.card(rule.cardId()).orElseThrow(() ->
                new IllegalArgumentException("the content has no card \"" + rule.cardId() + "\", which the Today card rules use")));
    }

    public Card pick(Optional<CheckInContent> latestCheckIn, LocalDate today) {
        return latestCheckIn
                .flatMap(checkIn -> rules.stream().filter(rule -> rule.fits().test(checkIn)).findFirst())
                .flatMap(rule -> library.card(rule.cardId()))
                .orElseGet(() -> inTurn(today));
    }

    /** With nothing to go on, each day shows the next card, so the whole library comes round over time. */
    private Card inTurn(LocalDate today) {
        List<Card> cards = library.cards();
        return cards.get((int) Math.floorMod(today.toEpochDay(), (long) cards.size()));
    }

    private boolean easingDay(CheckInContent checkIn) {
        return checkIn.mood() >= GOOD_MOOD || strongestOfTone(checkIn, true) > strongestOfTone(checkIn, false);
    }

    /** Custom emotions are left out: the app cannot know whether the person's own word is a hard one or an easing one. */
    private int strongestOfTone(CheckInContent checkIn, boolean easing) {
        return checkIn.emotions().stream()
                .filter(rating -> !rating.custom())
                .filter(rating -> library.emotion(rating.name()).map(Emotion::easing).orElse(false) == easing)
                .mapToInt(EmotionRating::intensity)
                .max()
                .orElse(0);
    }

    private static boolean strong(CheckInContent checkIn, String emotionId) {
        return checkIn.intensityOf(emotionId) >= STRONG;
    }

    private static boolean lowSelfTrust(CheckInContent checkIn) {
        return checkIn.selfTrust() != null && checkIn.selfTrust() <= LOW;
    }

    private record Rule(String cardId, Predicate<CheckInContent> fits) {
    }
}
