package app.groundwork.content;

import app.groundwork.domain.CheckInVocabulary;

import java.util.List;
import java.util.Optional;

/**
 * Everything the app says that is written as data: the check-in vocabulary, cards, FAQ, note prompts, the
 * responses shown after a check-in, and the crisis lexicon. Loading checks every file completely, so a library that
 * loads is safe to use.
 */
public final class ContentLibrary {
    static final String EMOTIONS_FILE = "emotions.json";
    static final String BODY_SIGNALS_FILE = "body-signals.json";
    static final String LIFE_AREAS_FILE = "life-areas.json";
    static final String CARDS_FILE = "cards.json";
    static final String FAQ_FILE = "faq.json";
    static final String NOTE_PROMPTS_FILE = "note-prompts.json";
    static final String RESPONSES_FILE = "checkin-responses.json";
    static final String CRISIS_LEXICON_FILE = "crisis-lexicon.json";

    private final IdCatalog<Emotion> emotions;
    private final IdCatalog<BodySignal> bodySignals;
    private final IdCatalog<LifeArea> lifeAreas;
    private final IdCatalog<Card> cards;
    private final List<FaqEntry> faq;
    private final List<NotePrompt> notePrompts;
    private final List<CheckInResponse> responses;
    private final CrisisLexicon crisisLexicon;

    private ContentLibrary(IdCatalog<Emotion> emotions, IdCatalog<BodySignal> bodySignals, IdCatalog<LifeArea> lifeAreas,
                           IdCatalog<Card> cards, List<FaqEntry> faq, List<NotePrompt> notePrompts,
                           List<CheckInResponse> responses, CrisisLexicon crisisLexicon) {
        this.emotions = emotions;
        this.bodySignals = bodySignals;
        this.lifeAreas = lifeAreas;
        this.cards = cards;
        this.faq = faq;
        this.notePrompts = notePrompts;
        this.responses = responses;
        this.crisisLexicon = crisisLexicon;
    }

    /** The content shipped inside the app. Parsing takes a moment, so load it once and share the library. */
    public static ContentLibrary loadBundled() {
        return load(ContentSource.bundled());
    }

    /**
     * Reads and checks every content file from {@code source}.
     *
     * @throws ContentException naming the file, entry and field of the first problem found
     */
    public static ContentLibrary load(ContentSource source) {
        ContentFileReader reader = new ContentFileReader(source);
        IdCatalog<Emotion> emotions = IdCatalog.of(
                reader.readEntries(EMOTIONS_FILE, "emotions", Emotion.class, Emotion::id, EntryChecks::emotion),
                Emotion::id);
        IdCatalog<BodySignal> bodySignals = IdCatalog.of(
                reader.readEntries(BODY_SIGNALS_FILE, "bodySignals", BodySignal.class, BodySignal::id, EntryChecks::bodySignal),
                BodySignal::id);
        IdCatalog<LifeArea> lifeAreas = IdCatalog.of(
                reader.readEntries(LIFE_AREAS_FILE, "lifeAreas", LifeArea.class, LifeArea::id, EntryChecks::lifeArea),
                LifeArea::id);
        IdCatalog<Card> cards = IdCatalog.of(
                reader.readEntries(CARDS_FILE, "cards", Card.class, Card::id, EntryChecks::card),
                Card::id);
        List<FaqEntry> faq = reader.readEntries(FAQ_FILE, "questions", FaqEntry.class, FaqEntry::id, EntryChecks::faqEntry);
        List<NotePrompt> notePrompts =
                reader.readEntries(NOTE_PROMPTS_FILE, "prompts", NotePrompt.class, NotePrompt::id, EntryChecks::notePrompt);
        ResponseRules responseRules = new ResponseRules(emotions.ids(), bodySignals.ids(), lifeAreas.ids(), cards.ids());
        List<CheckInResponse> responses = reader.readEntries(RESPONSES_FILE, "responses", CheckInResponse.class,
                CheckInResponse::id, responseRules);
        responseRules.requireFallback(RESPONSES_FILE, responses);
        CrisisLexicon crisisLexicon = readCrisisLexicon(reader);
        return new ContentLibrary(emotions, bodySignals, lifeAreas, cards, faq, notePrompts, responses, crisisLexicon);
    }

    private static CrisisLexicon readCrisisLexicon(ContentFileReader reader) {
        var lists = reader.readLists(CRISIS_LEXICON_FILE, List.of("signals", "idioms"));
        List<CrisisSignal> signals = reader.bindEntries(CRISIS_LEXICON_FILE, lists.get("signals"), CrisisSignal.class,
                CrisisSignal::id, CrisisLexicon::checkSignal);
        List<CrisisIdiom> idioms = reader.bindEntries(CRISIS_LEXICON_FILE, lists.get("idioms"), CrisisIdiom.class,
                CrisisIdiom::id, CrisisLexicon::checkIdiom);
        return CrisisLexicon.compile(CRISIS_LEXICON_FILE, signals, idioms);
    }

    public List<Emotion> emotions() {
        return emotions.all();
    }

    public Optional<Emotion> emotion(String id) {
        return emotions.find(id);
    }

    public List<BodySignal> bodySignals() {
        return bodySignals.all();
    }

    public Optional<BodySignal> bodySignal(String id) {
        return bodySignals.find(id);
    }

    public List<LifeArea> lifeAreas() {
        return lifeAreas.all();
    }

    public Optional<LifeArea> lifeArea(String id) {
        return lifeAreas.find(id);
    }

    /** Cards in the order of the file, which is the order a library screen should show them. */
    public List<Card> cards() {
        return cards.all();
    }

    public Optional<Card> card(String id) {
        return cards.find(id);
    }

    public List<FaqEntry> faq() {
        return faq;
    }

    public List<NotePrompt> notePrompts() {
        return notePrompts;
    }

    /** Every response, in file order; {@code app.groundwork.insight.CheckInResponder} chooses among them. */
    public List<CheckInResponse> responses() {
        return responses;
    }

    /** The phrases the crisis screening looks for, and the idioms it leaves alone; see {@code insight.CrisisScreener}. */
    public CrisisLexicon crisisLexicon() {
        return crisisLexicon;
    }

    /** The ids a check-in may use, for {@link app.groundwork.domain.CheckInRules}. */
    public CheckInVocabulary vocabulary() {
        return new CheckInVocabulary(emotions.ids(), bodySignals.ids(), lifeAreas.ids());
    }
}
