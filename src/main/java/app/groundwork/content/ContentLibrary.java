package app.groundwork.content;

import app.groundwork.domain.CheckInVocabulary;
import app.groundwork.domain.Instrument;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the app says that is written as data: the check-in vocabulary, cards, FAQ, note prompts, the
 * responses shown after a check-in, the self-assessments, the helplines of each region, the crisis lexicon and the
 * thinking traps with the cues that suggest them, the goal ideas with the names of goal categories and sizes, the
 * weekly review's questions, the self-critical and self-kind phrases the self-talk meter counts, and the guided
 * practices.
 * Loading checks every file completely, so a library that loads is safe to use.
 */
public final class ContentLibrary {
    static final String EMOTIONS_FILE = "emotions.json";
    static final String BODY_SIGNALS_FILE = "body-signals.json";
    static final String LIFE_AREAS_FILE = "life-areas.json";
    static final String CARDS_FILE = "cards.json";
    static final String FAQ_FILE = "faq.json";
    static final String NOTE_PROMPTS_FILE = "note-prompts.json";
    static final String RESPONSES_FILE = "checkin-responses.json";
    static final String ASSESSMENTS_FILE = "assessments.json";
    static final String HELPLINES_FILE = "helplines.json";
    static final String CRISIS_LEXICON_FILE = "crisis-lexicon.json";
    static final String REFRAME_GUIDE_FILE = "reframe-guide.json";
    static final String THINKING_TRAPS_FILE = "thinking-traps.json";
    static final String TRAP_CUES_FILE = "trap-cues.json";
    static final String GOAL_IDEAS_FILE = "goal-ideas.json";
    static final String REVIEW_QUESTIONS_FILE = "review-questions.json";
    static final String SELF_TALK_FILE = "self-talk.json";
    static final String PRACTICES_FILE = "practices.json";

    private final IdCatalog<Emotion> emotions;
    private final IdCatalog<BodySignal> bodySignals;
    private final IdCatalog<LifeArea> lifeAreas;
    private final IdCatalog<Card> cards;
    private final List<FaqEntry> faq;
    private final List<NotePrompt> notePrompts;
    private final List<CheckInResponse> responses;
    private final List<Assessment> assessments;
    private final Map<Instrument, Assessment> assessmentsByInstrument;

    private final Helplines helplines;
    private final CrisisLexicon crisisLexicon;
    private final ReframeGuide reframeGuide;
    private final Traps traps;
    private final GoalIdeas goalIdeas;
    private final List<ReviewQuestion> reviewQuestions;
    private final SelfTalkLexicon selfTalk;
    private final IdCatalog<Practice> practices;

    /** Both lists of {@code helplines.json}. */
    private record Helplines(IdCatalog<HelplineRegion> regions, List<BundledHelpline> lines) {
    }

    /** {@code thinking-traps.json} and the cues of {@code trap-cues.json}, which are checked against it. */
    private record Traps(IdCatalog<ThinkingTrap> catalogue, TrapCues cues) {
    }

    private ContentLibrary(IdCatalog<Emotion> emotions, IdCatalog<BodySignal> bodySignals, IdCatalog<LifeArea> lifeAreas,
                           IdCatalog<Card> cards, List<FaqEntry> faq, List<NotePrompt> notePrompts,
                           List<CheckInResponse> responses, List<Assessment> assessments, Helplines helplines,
                           CrisisLexicon crisisLexicon, ReframeGuide reframeGuide, Traps traps,
                           GoalIdeas goalIdeas, List<ReviewQuestion> reviewQuestions, SelfTalkLexicon selfTalk,
                           IdCatalog<Practice> practices) {
        this.emotions = emotions;
        this.bodySignals = bodySignals;
        this.lifeAreas = lifeAreas;
        this.cards = cards;
        this.faq = faq;
        this.notePrompts = notePrompts;
        this.responses = responses;
        this.assessments = assessments;
        Map<Instrument, Assessment> byInstrument = new EnumMap<>(Instrument.class);
        assessments.forEach(assessment -> byInstrument.put(assessment.instrument(), assessment));
        this.assessmentsByInstrument = byInstrument;
        this.helplines = helplines;
        this.crisisLexicon = crisisLexicon;
        this.reframeGuide = reframeGuide;
        this.traps = traps;
        this.goalIdeas = goalIdeas;
        this.reviewQuestions = reviewQuestions;
        this.selfTalk = selfTalk;
        this.practices = practices;
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
        List<Assessment> assessments = reader.readEntries(ASSESSMENTS_FILE, "instruments", Assessment.class,
                Assessment::id, new AssessmentChecks());
        AssessmentChecks.requireEveryInstrument(ASSESSMENTS_FILE, assessments);
        Helplines helplines = readHelplines(reader);
        CrisisLexicon crisisLexicon = readCrisisLexicon(reader);
        ReframeGuide reframeGuide = ReframeGuideChecks.read(reader, REFRAME_GUIDE_FILE);
        Traps traps = readTraps(reader);
        GoalIdeas goalIdeas = GoalIdeasChecks.read(reader, GOAL_IDEAS_FILE);
        List<ReviewQuestion> reviewQuestions = reader.readEntries(REVIEW_QUESTIONS_FILE, "questions", ReviewQuestion.class,
                ReviewQuestion::id, ReviewQuestionChecks::question);
        ReviewQuestionChecks.requireSome(REVIEW_QUESTIONS_FILE, reviewQuestions);
        SelfTalkLexicon selfTalk = readSelfTalk(reader);
        IdCatalog<Practice> practices = IdCatalog.of(PracticesChecks.read(reader, PRACTICES_FILE, cards.ids()), Practice::id);
        return new ContentLibrary(emotions, bodySignals, lifeAreas, cards, faq, notePrompts, responses, assessments,
                helplines, crisisLexicon, reframeGuide, traps, goalIdeas, reviewQuestions, selfTalk, practices);
    }

    private static Helplines readHelplines(ContentFileReader reader) {
        Map<String, JsonNode> lists = reader.readLists(HELPLINES_FILE, List.of("regions", "helplines"));
        IdCatalog<HelplineRegion> regions = IdCatalog.of(reader.bindEntries(HELPLINES_FILE, lists.get("regions"),
                HelplineRegion.class, HelplineRegion::id, EntryChecks::helplineRegion), HelplineRegion::id);
        if (regions.find(HelplineRegion.INTERNATIONAL).isEmpty()) {
            throw new ContentException(HELPLINES_FILE, null, "regions",
                    "needs a region with the id \"" + HelplineRegion.INTERNATIONAL + "\", whose lines every region shows");
        }
        List<BundledHelpline> lines = reader.bindEntries(HELPLINES_FILE, lists.get("helplines"), BundledHelpline.class,
                BundledHelpline::id, EntryChecks.helpline(regions.ids()));
        return new Helplines(regions, lines);
    }

    private static CrisisLexicon readCrisisLexicon(ContentFileReader reader) {
        var lists = reader.readLists(CRISIS_LEXICON_FILE, List.of("signals", "idioms"));
        List<CrisisSignal> signals = reader.bindEntries(CRISIS_LEXICON_FILE, lists.get("signals"), CrisisSignal.class,
                CrisisSignal::id, CrisisLexicon::checkSignal);
        List<CrisisIdiom> idioms = reader.bindEntries(CRISIS_LEXICON_FILE, lists.get("idioms"), CrisisIdiom.class,
                CrisisIdiom::id, CrisisLexicon::checkIdiom);
        return CrisisLexicon.compile(CRISIS_LEXICON_FILE, signals, idioms);
    }

    private static Traps readTraps(ContentFileReader reader) {
        List<ThinkingTrap> traps = reader.readEntries(THINKING_TRAPS_FILE, "traps", ThinkingTrap.class, ThinkingTrap::id,
                new ThinkingTrapChecks());
        ThinkingTrapChecks.requireEveryTrap(THINKING_TRAPS_FILE, traps);
        var lists = reader.readLists(TRAP_CUES_FILE, List.of("words", "cues"));
        List<CueWords> words = reader.bindEntries(TRAP_CUES_FILE, lists.get("words"), CueWords.class, CueWords::id,
                TrapCues::checkWords);
        List<TrapCue> cues = reader.bindEntries(TRAP_CUES_FILE, lists.get("cues"), TrapCue.class, TrapCue::id,
                (cue, fields) -> TrapCues.checkCue(cue, fields, Set.copyOf(ThinkingTrap.CATALOGUE_IDS)));
        List<String> order = traps.stream().map(ThinkingTrap::id).toList();
        return new Traps(IdCatalog.of(traps, ThinkingTrap::id), TrapCues.compile(TRAP_CUES_FILE, words, cues, order));
    }

    private static SelfTalkLexicon readSelfTalk(ContentFileReader reader) {
        var lists = reader.readLists(SELF_TALK_FILE,
                List.of("words", "skip", "critical", "kind", "negations", "others", "ownVoice"));
        List<CueWords> words = reader.bindEntries(SELF_TALK_FILE, lists.get("words"), CueWords.class, CueWords::id,
                SelfTalkLexicon::checkWords);
        List<CueWords> skip = reader.bindEntries(SELF_TALK_FILE, lists.get("skip"), CueWords.class, CueWords::id,
                SelfTalkLexicon::checkSkip);
        List<SelfTalkEntry> critical = reader.bindEntries(SELF_TALK_FILE, lists.get("critical"), SelfTalkEntry.class,
                SelfTalkEntry::id, SelfTalkLexicon::checkEntry);
        List<SelfTalkEntry> kind = reader.bindEntries(SELF_TALK_FILE, lists.get("kind"), SelfTalkEntry.class,
                SelfTalkEntry::id, SelfTalkLexicon::checkEntry);
        List<SelfTalkCancel> negations = reader.bindEntries(SELF_TALK_FILE, lists.get("negations"), SelfTalkCancel.class,
                SelfTalkCancel::id, SelfTalkLexicon::checkCancel);
        List<SelfTalkCancel> others = reader.bindEntries(SELF_TALK_FILE, lists.get("others"), SelfTalkCancel.class,
                SelfTalkCancel::id, SelfTalkLexicon::checkCancel);
        List<SelfTalkEntry> ownVoice = reader.bindEntries(SELF_TALK_FILE, lists.get("ownVoice"), SelfTalkEntry.class,
                SelfTalkEntry::id, SelfTalkLexicon::checkEntry);
        return SelfTalkLexicon.compile(SELF_TALK_FILE, words, skip, critical, kind, negations, others, ownVoice);
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

    /** Every self-assessment, in file order (the order a list of them should show). */
    public List<Assessment> assessments() {
        return assessments;
    }

    /** The wording of one instrument; every instrument has one in a library that loaded. */
    public Assessment assessment(Instrument instrument) {
        return assessmentsByInstrument.get(instrument);
    }

    /** The phrases the crisis screening looks for, and the idioms it leaves alone; see {@code insight.CrisisScreener}. */
    public CrisisLexicon crisisLexicon() {
        return crisisLexicon;
    }

    /** The words of each step of a thought record, and examples of balanced answers to the inner critic. */
    public ReframeGuide reframeGuide() {
        return reframeGuide;
    }

    /** The ids a check-in may use, for {@link app.groundwork.domain.CheckInRules}. */
    public CheckInVocabulary vocabulary() {
        return new CheckInVocabulary(emotions.ids(), bodySignals.ids(), lifeAreas.ids());
    }

    /** The regions of {@code helplines.json} in file order, {@code international} among them. */
    public List<HelplineRegion> helplineRegions() {
        return helplines.regions().all();
    }

    public Optional<HelplineRegion> helplineRegion(String id) {
        return helplines.regions().find(id);
    }

    /** The thinking traps in file order, which is {@link ThinkingTrap#CATALOGUE_IDS}' order. */
    public List<ThinkingTrap> thinkingTraps() {
        return traps.catalogue().all();
    }

    public Optional<ThinkingTrap> thinkingTrap(String id) {
        return traps.catalogue().find(id);
    }

    /** The wording that suggests each trap; see {@code insight.TrapSuggester}. */
    public TrapCues trapCues() {
        return traps.cues();
    }

    /** The names of goal categories and sizes, and the library of ready-made small steps. */
    public GoalIdeas goalIdeas() {
        return goalIdeas;
    }

    /** The weekly review's questions in file order; a week's question is chosen from its date. */
    public List<ReviewQuestion> reviewQuestions() {
        return reviewQuestions;
    }

    /** The self-critical and self-kind phrases, ready for {@code insight.SelfTalkMeter}. */
    public SelfTalkLexicon selfTalk() {
        return selfTalk;
    }

    /** Every bundled helpline in file order; {@code app.groundwork.service.SupportService} picks a region's lines. */
    public List<BundledHelpline> helplines() {
        return helplines.lines();
    }

    /** Every guided practice, in file order (the order a list of them should show). */
    public List<Practice> practices() {
        return practices.all();
    }

    public Optional<Practice> practice(String id) {
        return practices.find(id);
    }
}
