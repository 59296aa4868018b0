package app.groundwork.content;

import java.util.Set;

/** The field rules of the simple kinds of entry; responses, which refer to other files, have {@link ResponseRules}. */
final class EntryChecks {
    private static final Set<String> TONES = Set.of(Emotion.DIFFICULT, Emotion.EASING);
    /** The journal stores the person's own helplines as {@code own-1}, {@code own-2}…, beside the bundled ids. */
    private static final String OWN_LINE_PREFIX = "own-";

    private EntryChecks() {
    }

    static void emotion(Emotion emotion, EntryFields fields) {
        fields.requireId(emotion.id());
        fields.requireText("label", emotion.label());
        fields.requireOneOf("tone", emotion.tone(), TONES);
    }

    static void bodySignal(BodySignal signal, EntryFields fields) {
        fields.requireId(signal.id());
        fields.requireText("label", signal.label());
    }

    static void lifeArea(LifeArea area, EntryFields fields) {
        fields.requireId(area.id());
        fields.requireText("label", area.label());
    }

    static void card(Card card, EntryFields fields) {
        fields.requireId(card.id());
        fields.requireText("title", card.title());
        fields.requireText("summary", card.summary());
        fields.requireText("body", card.body());
    }

    static void faqEntry(FaqEntry entry, EntryFields fields) {
        fields.requireId(entry.id());
        fields.requireText("question", entry.question());
        fields.requireText("answer", entry.answer());
    }

    static void notePrompt(NotePrompt prompt, EntryFields fields) {
        fields.requireId(prompt.id());
        fields.requireText("text", prompt.text());
    }

    static void helplineRegion(HelplineRegion region, EntryFields fields) {
        fields.requireId(region.id());
        fields.requireText("name", region.name());
        fields.requireText("findingTherapy", region.findingTherapy());
    }

    /** A helpline must belong to a region of the same file and say where its details come from and when they were checked. */
    static EntryCheck<BundledHelpline> helpline(Set<String> regionIds) {
        return (line, fields) -> {
            fields.requireId(line.id());
            if (line.id().startsWith(OWN_LINE_PREFIX)) {
                throw fields.problem("id", "ids starting with \"" + OWN_LINE_PREFIX + "\" are kept for the person's own helplines");
            }
            fields.requireKnown("region", line.region(), regionIds, "region");
            fields.requireText("name", line.name());
            fields.requireText("contact", line.contact());
            fields.requireText("hours", line.hours());
            fields.requireWebAddress("source", line.source());
            fields.requireIsoDate("checked", line.checked());
        };
    }
}
