package app.groundwork.io.transfer;

import app.groundwork.domain.AssessmentScore;
import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.ExperimentResult;
import app.groundwork.domain.FollowUp;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.Prediction;
import app.groundwork.domain.Recurrence;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.SupportContact;
import app.groundwork.domain.TrapChoice;
import app.groundwork.domain.transfer.ArchivedAssessment;
import app.groundwork.domain.transfer.ArchivedEntry;
import app.groundwork.domain.transfer.ArchivedGoal;
import app.groundwork.domain.transfer.ArchivedHelpline;
import app.groundwork.domain.transfer.ArchivedOutcome;
import app.groundwork.domain.transfer.ArchivedWin;
import app.groundwork.domain.transfer.ImportRefused;
import app.groundwork.domain.transfer.JournalArchive;
import app.groundwork.domain.transfer.ParsedImport;
import app.groundwork.io.transfer.GroundworkJsonDtos.AnswerDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.AssessmentDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.CheckInDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.ContactDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.EmotionDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.EntryDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.FileDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.FollowUpDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.GoalDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.HelplineDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.OutcomeDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.PracticeDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.PredictionDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.ReframeDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.ResultDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.SignalDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.TrapDto;
import app.groundwork.io.transfer.GroundworkJsonDtos.WinDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Groundwork's own export: the whole journal as one JSON document, {@code "format":"groundwork-journal"},
 * {@code "version":1}, described in docs/export-format.md. Writing the same journal always gives the same bytes
 * (fixed field order, two-space indent, LF line ends, no time of export), so an export, a restore and a second export
 * can be compared byte for byte.
 */
public final class GroundworkJson {
    public static final String FORMAT = "groundwork-journal";
    public static final int VERSION = 1;
    /** The format nests five levels deep; anything far deeper is not a Groundwork file. */
    static final int MOST_NESTING = 32;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MOST_NESTING).build())
            .build())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private GroundworkJson() {
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    /** The archive as the file's bytes (UTF-8, ending with a line break). */
    public static byte[] write(JournalArchive archive) {
        FileDto file = new FileDto(FORMAT, VERSION,
                archive.goals().stream().map(GroundworkJson::goal).toList(),
                archive.entries().stream().map(GroundworkJson::entry).toList(),
                archive.wins().stream().map(win -> new WinDto(win.date().toString(), win.title(), win.note(),
                        win.createdAt().toString())).toList(),
                archive.contacts().stream().map(contact -> new ContactDto(contact.name(), contact.reach(), contact.note())).toList(),
                archive.helplines().stream().map(line -> new HelplineDto(line.id(), line.region(), line.name(),
                        line.contact(), line.hours(), line.source(), text(line.checked()), line.removed(), line.own())).toList(),
                new TreeMap<>(archive.preferences()));
        try {
            return (WRITER.writeValueAsString(file) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GoalDto goal(ArchivedGoal goal) {
        GoalPlan plan = goal.plan();
        Prediction prediction = plan.prediction();
        return new GoalDto(goal.key(), plan.title(), plan.category().id(), plan.size(), plan.recurrence().id(),
                text(plan.due()), plan.note(),
                prediction == null ? null : new PredictionDto(prediction.fear(), prediction.discomfort()), plan.ideaId(),
                goal.createdOn().toString(), text(goal.endedOn()), goal.createdAt().toString(), goal.updatedAt().toString());
    }

    private static EntryDto entry(ArchivedEntry entry) {
        CheckInContent checkIn = entry.checkIn();
        Reframe reframe = entry.reframe();
        ArchivedOutcome outcome = entry.outcome();
        ArchivedAssessment assessment = entry.assessment();
        PracticeResponse practice = entry.practice();
        return new EntryDto(entry.type().id(), entry.date().toString(), hoursMinutes(entry.time()), entry.note(),
                entry.tags(), entry.createdAt().toString(), entry.updatedAt().toString(),
                checkIn == null ? null : new CheckInDto(checkIn.mood(), checkIn.selfTrust(), checkIn.energy(),
                        checkIn.sleepHours(), emotions(checkIn.emotions()),
                        checkIn.bodySignals().stream().map(mark -> new SignalDto(mark.name(), mark.custom())).toList(),
                        checkIn.lifeAreas()),
                reframe == null ? null : reframe(reframe),
                outcome == null ? null : new OutcomeDto(outcome.goal(), outcome.onDate().toString(), outcome.outcome().id(),
                        outcome.result() == null ? null : new ResultDto(outcome.result().happened(),
                                outcome.result().discomfort(), outcome.result().learned())),
                assessment == null ? null : assessment(assessment),
                practice == null ? null : new PracticeDto(practice.practiceId(), text(practice.weekOf()),
                        practice.finishedAt() == null ? null : practice.finishedAt().toString(),
                        practice.answers().stream().map(answer -> new AnswerDto(answer.promptId(), answer.prompt(),
                                answer.answer())).toList()));
    }

    private static ReframeDto reframe(Reframe record) {
        ReframeContent c = record.content();
        FollowUp followUp = record.followUp();
        return new ReframeDto(c.situation(), c.thought(), emotions(c.emotionsBefore()), c.beliefBefore(),
                c.traps().stream().map(trap -> new TrapDto(trap.trap(), trap.custom(), trap.suggested())).toList(),
                c.evidenceFor(), c.evidenceAgainst(), c.friendAnswer(), c.alternative(), emotions(c.emotionsAfter()),
                c.beliefAfter(), c.followUpDays(), record.step().id(),
                record.finishedAt() == null ? null : record.finishedAt().toString(),
                followUp == null ? null : new FollowUpDto(followUp.due().toString(), followUp.belief(), text(followUp.answeredOn())));
    }

    /** The score and band are written for people and other programs reading the file; an import works them out again. */
    private static AssessmentDto assessment(ArchivedAssessment assessment) {
        AssessmentScore score = AssessmentScoring.score(assessment.instrument(), assessment.answers());
        return new AssessmentDto(assessment.instrument().id(), assessment.answers(), score.score(), score.band().orElse(null));
    }

    private static List<EmotionDto> emotions(List<EmotionRating> ratings) {
        return ratings.stream().map(rating -> new EmotionDto(rating.name(), rating.custom(), rating.intensity())).toList();
    }

    private static String hoursMinutes(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /**
     * Reads a Groundwork export.
     *
     * @throws ImportRefused naming the file, the line or entry, and the reason, for anything it cannot take exactly
     */
    public static ParsedImport read(Path file) {
        String text = ImportFiles.text(file);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw refusal(file, e, text);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))
                || !root.path("version").isInt() || root.path("version").asInt() < 1) {
            throw new ImportRefused(file, null, "import.refused.notGroundwork");
        }
        if (root.path("version").asInt() > VERSION) {
            throw new ImportRefused(file, null, "import.refused.newerVersion", root.path("version").asInt(), VERSION);
        }
        FileDto dto;
        try {
            dto = MAPPER.treeToValue(root, FileDto.class);
        } catch (JsonProcessingException e) {
            throw refusal(file, e, text);
        }
        return new Reading(file).archive(dto);
    }

    /** True when the parser stopped because the text ran out, however it words that. */
    static boolean endedEarly(JsonProcessingException e, String text) {
        return e instanceof JsonEOFException || (e.getLocation() != null && e.getLocation().getCharOffset() >= text.stripTrailing().length());
    }

    private static ImportRefused refusal(Path file, JsonProcessingException e, String text) {
        ImportRefused.Place where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? null
                : ImportRefused.Place.line(e.getLocation().getLineNr());
        if (e instanceof JsonMappingException mapping && mapping.getPath().size() >= 2) {
            // read from the tree, which keeps no lines: the record is named instead
            JsonMappingException.Reference list = mapping.getPath().get(0);
            JsonMappingException.Reference item = mapping.getPath().get(1);
            if (item.getIndex() >= 0) {
                String key = switch (String.valueOf(list.getFieldName())) {
                    case "entries" -> "import.where.entry";
                    case "goals" -> "import.where.goal";
                    case "wins" -> "import.where.win";
                    case "supportContacts" -> "import.where.contact";
                    case "helplineChanges" -> "import.where.helpline";
                    default -> null;
                };
                if (key != null) {
                    where = ImportRefused.Place.of(key, item.getIndex() + 1);
                }
            }
        }
        if (endedEarly(e, text)) {
            return new ImportRefused(file, where, "import.refused.truncated");
        }
        if (e instanceof StreamConstraintsException) {
            return new ImportRefused(file, where, "import.refused.tooDeep", MOST_NESTING);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new ImportRefused(file, where, "import.refused.unknownField", unknown.getPropertyName());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "#" + (reference.getIndex() + 1))
                    .collect(Collectors.joining(" › "));
            return new ImportRefused(file, where, "import.refused.wrongShape", path);
        }
        return new ImportRefused(file, where, "import.refused.notJson");
    }

    /** Turns the file's records into the archive, checking every value on the way. */
    private static final class Reading {
        private final Path file;

        Reading(Path file) {
            this.file = file;
        }

        ParsedImport archive(FileDto dto) {
            List<ArchivedGoal> goals = new ArrayList<>();
            Set<Long> keys = new HashSet<>();
            List<GoalDto> goalDtos = list(dto.goals());
            for (int i = 0; i < goalDtos.size(); i++) {
                FieldReader fields = new FieldReader(file, ImportRefused.Place.of("import.where.goal", i + 1));
                ArchivedGoal goal = goal(fields, fields.required("goal", goalDtos.get(i)));
                if (!keys.add(goal.key())) {
                    throw fields.refused("import.refused.goalKeyTwice", goal.key());
                }
                goals.add(goal);
            }
            Map<Long, ArchivedGoal> goalsByKey = new HashMap<>();
            goals.forEach(goal -> goalsByKey.put(goal.key(), goal));
            List<ArchivedEntry> entries = new ArrayList<>();
            List<ImportRefused.Place> sources = new ArrayList<>();
            Set<String> goalDays = new HashSet<>();
            List<EntryDto> entryDtos = list(dto.entries());
            for (int i = 0; i < entryDtos.size(); i++) {
                ImportRefused.Place where = ImportRefused.Place.entry(i + 1);
                FieldReader fields = new FieldReader(file, where);
                ArchivedEntry entry = entry(fields, fields.required("entry", entryDtos.get(i)));
                if (entry.outcome() != null) {
                    ArchivedGoal goal = goalsByKey.get(entry.outcome().goal());
                    if (goal == null) {
                        throw fields.refused("import.refused.goalMissing", entry.outcome().goal());
                    }
                    if (!goalDays.add(entry.outcome().goal() + ":" + entry.outcome().onDate())) {
                        throw fields.refused("import.refused.goalDayTwice", goal.plan().title(), entry.outcome().onDate());
                    }
                }
                entries.add(entry);
                sources.add(where);
            }
            List<ArchivedWin> wins = new ArrayList<>();
            List<WinDto> winDtos = list(dto.wins());
            for (int i = 0; i < winDtos.size(); i++) {
                FieldReader fields = new FieldReader(file, ImportRefused.Place.of("import.where.win", i + 1));
                WinDto win = fields.required("win", winDtos.get(i));
                String title = fields.text("title", fields.required("title", win.title()));
                if (title.isBlank()) {
                    throw fields.refused("import.refused.field.missing", "title");
                }
                wins.add(new ArchivedWin(fields.day("date", win.date()), title, fields.text("note", win.note()),
                        fields.moment("createdAt", win.createdAt())));
            }
            List<SupportContact> contacts = new ArrayList<>();
            List<ContactDto> contactDtos = list(dto.supportContacts());
            for (int i = 0; i < contactDtos.size(); i++) {
                FieldReader fields = new FieldReader(file, ImportRefused.Place.of("import.where.contact", i + 1));
                ContactDto contact = fields.required("contact", contactDtos.get(i));
                contacts.add(SupportContact.newContact(fields.text("name", fields.required("name", contact.name())),
                        fields.text("reach", fields.required("reach", contact.reach())), fields.text("note", contact.note())));
            }
            List<ArchivedHelpline> helplines = new ArrayList<>();
            Set<String> helplineIds = new HashSet<>();
            List<HelplineDto> helplineDtos = list(dto.helplineChanges());
            for (int i = 0; i < helplineDtos.size(); i++) {
                FieldReader fields = new FieldReader(file, ImportRefused.Place.of("import.where.helpline", i + 1));
                HelplineDto line = fields.required("helpline", helplineDtos.get(i));
                String id = fields.label("id", line.id());
                if (!helplineIds.add(id)) {
                    throw fields.refused("import.refused.helplineTwice", id);
                }
                helplines.add(new ArchivedHelpline(id, fields.label("region", line.region()), fields.optionalText("name", line.name()),
                        fields.optionalText("contact", line.contact()), fields.optionalText("hours", line.hours()),
                        fields.optionalText("source", line.source()), fields.optionalDay("checked", line.checked()),
                        fields.flag("removed", line.removed()), fields.flag("own", line.own())));
            }
            Map<String, String> preferences = new TreeMap<>();
            if (dto.preferences() != null) {
                FieldReader fields = new FieldReader(file, ImportRefused.Place.of("import.where.preferences"));
                dto.preferences().forEach((name, value) ->
                        preferences.put(fields.label("name", name), fields.text(name, fields.required(name, value))));
            }
            return ParsedImport.of(new JournalArchive(goals, entries, wins, contacts, helplines, preferences), sources);
        }

        private ArchivedGoal goal(FieldReader fields, GoalDto dto) {
            long key = fields.required("key", dto.key());
            String title = fields.text("title", fields.required("title", dto.title()));
            if (title.isBlank()) {
                throw fields.refused("import.refused.field.missing", "title");
            }
            GoalCategory category = fields.known("category", dto.category(), GoalCategory::fromId);
            int size = fields.number("size", dto.size(), GoalPlan.SMALLEST, GoalPlan.LARGEST);
            Recurrence recurrence = dto.repeat() == null || dto.repeat().isEmpty() ? Recurrence.NONE
                    : fields.known("repeat", dto.repeat(), Recurrence::parse);
            Prediction prediction = null;
            if (dto.experiment() != null) {
                prediction = new Prediction(fields.text("fear", dto.experiment().fear()),
                        fields.number("predicted", dto.experiment().predicted(), 0, 100));
            }
            GoalPlan plan = new GoalPlan(title, category, size, recurrence, fields.optionalDay("due", dto.due()),
                    fields.text("note", dto.note()), prediction, dto.ideaId() == null ? null : fields.label("ideaId", dto.ideaId()));
            return new ArchivedGoal(key, plan, fields.day("createdOn", dto.createdOn()), fields.optionalDay("endedOn", dto.endedOn()),
                    fields.moment("createdAt", dto.createdAt()), fields.moment("updatedAt", dto.updatedAt()));
        }

        private ArchivedEntry entry(FieldReader fields, EntryDto dto) {
            EntryType type = fields.known("type", dto.type(), EntryType::fromId);
            LocalDate date = fields.day("date", dto.date());
            LocalTime time = fields.time("time", dto.time());
            String note = fields.text("note", dto.note());
            List<String> tags = tags(fields, dto.tags());
            Instant createdAt = fields.moment("createdAt", dto.createdAt());
            Instant updatedAt = fields.moment("updatedAt", dto.updatedAt());
            int parts = (dto.checkin() == null ? 0 : 1) + (dto.reframe() == null ? 0 : 1) + (dto.outcome() == null ? 0 : 1)
                    + (dto.assessment() == null ? 0 : 1) + (dto.practice() == null ? 0 : 1);
            String part = switch (type) {
                case CHECKIN -> "checkin";
                case REFRAME -> "reframe";
                case GOAL -> "outcome";
                case ASSESSMENT -> "assessment";
                case PRACTICE -> "practice";
                case NOTE -> null;
            };
            if (parts > 1 || (part == null && parts > 0)) {
                throw fields.refused("import.refused.entryParts", type.id());
            }
            switch (type) {
                case CHECKIN -> {
                    CheckInDto c = fields.required(part, dto.checkin());
                    return ArchivedEntry.checkIn(new CheckInContent(date, time, fields.number("mood", c.mood(), 1, 10),
                            fields.optionalNumber("selfTrust", c.selfTrust(), 0, 10),
                            fields.optionalNumber("energy", c.energy(), 1, 5), sleep(fields, c.sleepHours()),
                            emotions(fields, "emotions", c.emotions()),
                            fields.list(c.bodySignals()).stream().map(s -> signal(fields, s)).toList(),
                            fields.list(c.lifeAreas()).stream().map(area -> fields.label("lifeAreas", area)).toList(),
                            note, tags), createdAt, updatedAt);
                }
                case REFRAME -> {
                    Reframe record = reframe(fields, fields.required(part, dto.reframe()), date, time);
                    return new ArchivedEntry(type, date, time, note, tags, createdAt, updatedAt, null, record, null, null, null);
                }
                case GOAL -> {
                    OutcomeDto o = fields.required(part, dto.outcome());
                    ExperimentResult result = o.result() == null ? null : new ExperimentResult(
                            fields.text("happened", o.result().happened()), fields.number("actual", o.result().actual(), 0, 100),
                            fields.text("learned", o.result().learned()));
                    return ArchivedEntry.outcome(date, time, note, tags, new ArchivedOutcome(fields.required("goal", o.goal()),
                            fields.day("onDate", o.onDate()), fields.known("outcome", o.outcome(), GoalOutcome::fromId), result),
                            createdAt, updatedAt);
                }
                case ASSESSMENT -> {
                    AssessmentDto a = fields.required(part, dto.assessment());
                    Instrument instrument = fields.known("instrument", a.instrument(), Instrument::fromId);
                    List<Integer> answers = fields.required("answers", a.answers());
                    if (answers.contains(null) || !AssessmentScoring.problems(instrument, answers).isEmpty()) {
                        throw fields.refused("import.refused.answers", instrument.id());
                    }
                    return new ArchivedEntry(type, date, time, note, tags, createdAt, updatedAt, null, null, null,
                            new ArchivedAssessment(instrument, answers), null);
                }
                case PRACTICE -> {
                    PracticeDto p = fields.required(part, dto.practice());
                    List<PracticeAnswer> answers = fields.list(p.answers()).stream()
                            .map(answer -> new PracticeAnswer(answer.promptId() == null ? null : fields.label("promptId", answer.promptId()),
                                    fields.text("prompt", fields.required("prompt", answer.prompt())), fields.text("answer", answer.answer())))
                            .toList();
                    PracticeResponse response = new PracticeResponse(0, fields.label("practiceId", p.practiceId()), date, time,
                            fields.optionalDay("weekOf", p.weekOf()), fields.optionalMoment("finishedAt", p.finishedAt()), answers);
                    return new ArchivedEntry(type, date, time, note, tags, createdAt, updatedAt, null, null, null, null, response);
                }
                default -> {
                    return ArchivedEntry.note(date, time, note, tags, createdAt, updatedAt);
                }
            }
        }

        private Reframe reframe(FieldReader fields, ReframeDto r, LocalDate date, LocalTime time) {
            ReframeContent content = new ReframeContent(fields.text("situation", r.situation()), fields.text("thought", r.thought()),
                    emotions(fields, "emotionsBefore", r.emotionsBefore()), fields.optionalNumber("beliefBefore", r.beliefBefore(), 0, 100),
                    fields.list(r.traps()).stream().map(trap -> trap(fields, trap)).toList(),
                    fields.text("evidenceFor", r.evidenceFor()), fields.text("evidenceAgainst", r.evidenceAgainst()),
                    fields.text("friendAnswer", r.friendAnswer()), fields.text("alternative", r.alternative()),
                    emotions(fields, "emotionsAfter", r.emotionsAfter()), fields.optionalNumber("beliefAfter", r.beliefAfter(), 0, 100),
                    fields.optionalNumber("followUpDays", r.followUpDays(), 1, 90));
            FollowUp followUp = null;
            if (r.followUp() != null) {
                FollowUpDto f = r.followUp();
                followUp = new FollowUp(fields.day("due", f.due()), fields.optionalNumber("belief", f.belief(), 0, 100),
                        fields.optionalDay("answeredOn", f.answeredOn()));
            }
            return new Reframe(0, date, time, content, fields.known("step", r.step(), ReframeStep::fromId),
                    fields.optionalMoment("finishedAt", r.finishedAt()), followUp);
        }

        private TrapChoice trap(FieldReader fields, TrapDto trap) {
            fields.required("traps", trap);
            return new TrapChoice(fields.label("trap", trap.trap()), fields.flag("custom", trap.custom()),
                    fields.flag("suggested", trap.suggested()));
        }

        private List<EmotionRating> emotions(FieldReader fields, String field, List<EmotionDto> ratings) {
            List<EmotionRating> emotions = new ArrayList<>();
            for (EmotionDto rating : fields.list(ratings)) {
                fields.required(field, rating);
                emotions.add(new EmotionRating(fields.label(field, rating.name()), fields.flag("custom", rating.custom()),
                        fields.number("intensity", rating.intensity(), 0, 100)));
            }
            return emotions;
        }

        private BodySignalMark signal(FieldReader fields, SignalDto signal) {
            fields.required("bodySignals", signal);
            return new BodySignalMark(fields.label("bodySignals", signal.name()), fields.flag("custom", signal.custom()));
        }

        private Double sleep(FieldReader fields, Double hours) {
            if (hours == null) {
                return null;
            }
            if (hours.isNaN() || hours < 0 || hours > 24) {
                throw fields.refused("import.refused.field.range", "sleepHours", hours, 0, 24);
            }
            return hours;
        }

        private List<String> tags(FieldReader fields, List<String> tags) {
            Set<String> seen = new HashSet<>();
            List<String> checked = new ArrayList<>();
            for (String tag : fields.list(tags)) {
                String label = fields.label("tags", tag);
                if (label.startsWith("#") || label.contains(",") || label.chars().anyMatch(Character::isWhitespace)
                        || !seen.add(label.toLowerCase(Locale.ROOT))) {
                    throw fields.refused("import.refused.field.label", "tags", label);
                }
                checked.add(label);
            }
            return checked;
        }

        private static <T> List<T> list(List<T> values) {
            return values == null ? List.of() : values;
        }
    }
}
