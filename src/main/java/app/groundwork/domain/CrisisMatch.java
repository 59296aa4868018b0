package app.groundwork.domain;

/**
 * One place in a text where the crisis lexicon matched.
 *
 * @param signalId the lexicon entry that matched, for example {@code better-off-without-me}
 * @param phrase   the words as the person wrote them, so the result can say what it noticed
 */
public record CrisisMatch(String signalId, String phrase) {
}
