package app.groundwork.content;

import java.util.Set;

/** The field rules of the simple kinds of entry; responses, which refer to other files, have {@link ResponseRules}. */
final class EntryChecks {
    private static final Set<String> TONES = Set.of(Emotion.DIFFICULT, Emotion.EASING);

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
}
