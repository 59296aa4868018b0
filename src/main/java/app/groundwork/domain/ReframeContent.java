package app.groundwork.domain;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What a person wrote in one thought record, as far as they have got. Every text may still be empty and every rating
 * {@code null}: a record is kept from its first word, and finished when the person says so.
 *
 * @param situation       what happened, where and when
 * @param thought         the inner critic's words, exactly as they came
 * @param emotionsBefore  emotions felt with the thought, each 0–100
 * @param beliefBefore    how much the thought was believed at first, 0–100
 * @param traps           the thinking traps the person recognised
 * @param evidenceFor     what seems to support the thought
 * @param evidenceAgainst what does not fit it
 * @param friendAnswer    what the person would say to a friend who had this thought
 * @param alternative     the balanced, kinder answer to the thought
 * @param emotionsAfter   the same emotions (or others) rated again at the end
 * @param beliefAfter     how much the old thought is believed at the end, 0–100
 * @param followUpDays    after how many days Today should ask about the thought again; {@code null} for never
 */
public record ReframeContent(
        String situation,
        String thought,
        List<EmotionRating> emotionsBefore,
        Integer beliefBefore,
        List<TrapChoice> traps,
        String evidenceFor,
        String evidenceAgainst,
        String friendAnswer,
        String alternative,
        List<EmotionRating> emotionsAfter,
        Integer beliefAfter,
        Integer followUpDays) {

    public static final ReframeContent EMPTY =
            new ReframeContent("", "", List.of(), null, List.of(), "", "", "", "", List.of(), null, null);

    public ReframeContent {
        situation = situation == null ? "" : situation;
        thought = thought == null ? "" : thought;
        emotionsBefore = List.copyOf(emotionsBefore);
        traps = List.copyOf(traps);
        evidenceFor = evidenceFor == null ? "" : evidenceFor;
        evidenceAgainst = evidenceAgainst == null ? "" : evidenceAgainst;
        friendAnswer = friendAnswer == null ? "" : friendAnswer;
        alternative = alternative == null ? "" : alternative;
        emotionsAfter = List.copyOf(emotionsAfter);
    }

    /** A record begun from an automatic thought alone (what {@code thought --save} stores). */
    public static ReframeContent ofThought(String thought) {
        return EMPTY.withThought(thought);
    }

    public ReframeContent withThought(String newThought) {
        return new ReframeContent(situation, newThought, emotionsBefore, beliefBefore, traps, evidenceFor,
                evidenceAgainst, friendAnswer, alternative, emotionsAfter, beliefAfter, followUpDays);
    }

    public ReframeContent withTraps(List<TrapChoice> newTraps) {
        return new ReframeContent(situation, thought, emotionsBefore, beliefBefore, newTraps, evidenceFor,
                evidenceAgainst, friendAnswer, alternative, emotionsAfter, beliefAfter, followUpDays);
    }

    /** True when nothing worth keeping has been entered yet. */
    public boolean isEmpty() {
        return situation.isBlank() && thought.isBlank() && emotionsBefore.isEmpty() && beliefBefore == null
                && traps.isEmpty() && evidenceFor.isBlank() && evidenceAgainst.isBlank() && friendAnswer.isBlank()
                && alternative.isBlank() && emotionsAfter.isEmpty() && beliefAfter == null;
    }

    /** Every free text of the record, one after another, for search and crisis screening. */
    public String allText() {
        return String.join("\n", situation, thought, evidenceFor, evidenceAgainst, friendAnswer, alternative).strip();
    }

    /** How much the old thought's grip eased, before minus after; empty unless both were rated. */
    public OptionalDouble beliefDrop() {
        return beliefBefore == null || beliefAfter == null
                ? OptionalDouble.empty()
                : OptionalDouble.of(beliefBefore - beliefAfter);
    }

    /**
     * How much the feelings eased: for each emotion rated both before and after, the intensity before minus after,
     * averaged. Empty when no emotion was rated at both ends.
     */
    public OptionalDouble distressDrop() {
        double sum = 0;
        int count = 0;
        for (EmotionRating before : emotionsBefore) {
            for (EmotionRating after : emotionsAfter) {
                if (after.custom() == before.custom() && after.name().equalsIgnoreCase(before.name())) {
                    sum += before.intensity() - after.intensity();
                    count++;
                }
            }
        }
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
    }
}
