package app.groundwork.insight;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.PracticeSuggestion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Chooses the one practice Today offers after the latest check-in, or none. The first rule that fits wins; as with
 * the Today card, a strong feeling the person marked comes ahead of what the numbers suggest, and the feeling that
 * weighs most on self-worth comes first.
 *
 * <pre>
 *  latest check-in shows          suggestion
 *  shame ≥ 60                     self-compassion-letter
 *  loneliness ≥ 60                reconnection-planner
 *  anxiety ≥ 60                   paced-breathing
 *  self-trust ≤ 3                 a small step from the ladder (the Goals screen), no practice
 *  anything else, or no check-in  nothing
 * </pre>
 */
public final class PracticeSuggester {
    static final int STRONG = 60;
    static final int LOW_SELF_TRUST = 3;

    private final List<Rule> rules = List.of(
            new Rule(PracticeSuggestion.practice("self-compassion-letter", "practice.suggest.shame"),
                    checkIn -> checkIn.intensityOf("shame") >= STRONG),
            new Rule(PracticeSuggestion.practice("reconnection-planner", "practice.suggest.loneliness"),
                    checkIn -> checkIn.intensityOf("loneliness") >= STRONG),
            new Rule(PracticeSuggestion.practice("paced-breathing", "practice.suggest.anxiety"),
                    checkIn -> checkIn.intensityOf("anxiety") >= STRONG),
            new Rule(PracticeSuggestion.ladder("practice.suggest.selfTrust"),
                    checkIn -> checkIn.selfTrust() != null && checkIn.selfTrust() <= LOW_SELF_TRUST));

    /** @throws IllegalArgumentException when the content lacks a practice a rule names */
    public PracticeSuggester(ContentLibrary library) {
        Objects.requireNonNull(library, "library");
        rules.stream()
                .map(rule -> rule.suggestion().practiceId())
                .filter(Objects::nonNull)
                .forEach(id -> library.practice(id).orElseThrow(() -> new IllegalArgumentException(
                        "the content has no practice \"" + id + "\", which the practice suggestions use")));
    }

    public Optional<PracticeSuggestion> suggestFor(Optional<CheckInContent> latestCheckIn) {
        return latestCheckIn.flatMap(checkIn -> rules.stream()
                .filter(rule -> rule.fits().test(checkIn))
                .findFirst()
                .map(Rule::suggestion));
    }

    private record Rule(PracticeSuggestion suggestion, Predicate<CheckInContent> fits) {
    }
}
