package app.groundwork.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every broken file is fed in beside the bundled ones, so each test shows exactly one problem. */
class ContentLoadingErrorsTest {

    @Test
    void missingFieldNamesFileEntryAndField() {
        ContentException error = loadWith("faq.json", """
                {"version": 1, "questions": [
                  {"id": "is-this-therapy", "question": "Is this therapy?"}
                ]}""");
        assertPoints(error, "faq.json", "is-this-therapy", "answer");
        assertEquals("faq.json, entry \"is-this-therapy\", field \"answer\": is missing", error.getMessage());
    }

    @Test
    void entryWithoutAnIdIsNamedByItsPosition() {
        ContentException error = loadWith("note-prompts.json", """
                {"version": 1, "prompts": [
                  {"id": "first", "text": "How are you?"},
                  {"text": "What helped today?"}
                ]}""");
        assertPoints(error, "note-prompts.json", "#1", "id");
        assertTrue(error.getMessage().startsWith("note-prompts.json, entry #1, field \"id\""), error.getMessage());
    }

    @Test
    void blankTextCountsAsMissing() {
        ContentException error = loadWith("note-prompts.json", """
                {"version": 1, "prompts": [{"id": "first", "text": "  "}]}""");
        assertPoints(error, "note-prompts.json", "first", "text");
        assertEquals("is empty", error.problem());
    }

    @Test
    void unknownFieldNamesFileEntryAndField() {
        ContentException error = loadWith("faq.json", """
                {"version": 1, "questions": [
                  {"id": "data", "question": "Where is my data?", "answer": "Here.", "tags": ["privacy"]}
                ]}""");
        assertPoints(error, "faq.json", "data", "tags");
        assertTrue(error.problem().startsWith("unknown field"), error.problem());
    }

    @Test
    void unknownFieldInsideAConditionNamesTheNestedField() {
        ContentException error = loadWith("checkin-responses.json", """
                {"version": 1, "responses": [
                  {"id": "fallback", "text": "Noted.", "when": {}},
                  {"id": "shame", "text": "About shame.", "when": {"emotion": "shame", "intensity": 50}}
                ]}""");
        assertPoints(error, "checkin-responses.json", "shame", "when.intensity");
    }

    @Test
    void duplicateIdNamesTheSecondEntry() {
        ContentException error = loadWith("life-areas.json", """
                {"version": 1, "lifeAreas": [
                  {"id": "study", "label": "Study"}, {"id": "work", "label": "Work"},
                  {"id": "relationship", "label": "Relationship"}, {"id": "health", "label": "Health"},
                  {"id": "money", "label": "Money"}, {"id": "other", "label": "Something else"},
                  {"id": "work", "label": "Job"}
                ]}""");
        assertPoints(error, "life-areas.json", "work", "id");
        assertTrue(error.problem().contains("already used by entry #1"), error.problem());
    }

    @Test
    void repeatedKeyInsideOneEntryIsRefused() {
        ContentException error = loadWith("note-prompts.json", """
                {"version": 1, "prompts": [{"id": "first", "text": "One?", "text": "Two?"}]}""");
        assertEquals("note-prompts.json", error.file());
        assertTrue(error.problem().contains("Duplicate field 'text'"), error.problem());
    }

    @Test
    void responseNamingAnUnknownEmotionIsRefused() {
        ContentException error = loadWith("checkin-responses.json", """
                {"version": 1, "responses": [
                  {"id": "fallback", "text": "Noted.", "when": {}},
                  {"id": "sorrow", "text": "About sorrow.", "when": {"emotion": "sorrow", "minIntensity": 60}}
                ]}""");
        assertPoints(error, "checkin-responses.json", "sorrow", "when.emotion");
        assertEquals("there is no emotion with the id \"sorrow\"", error.problem());
    }

    @Test
    void responseLinkingAnUnknownCardIsRefused() {
        ContentException error = loadWith("checkin-responses.json", """
                {"version": 1, "responses": [
                  {"id": "fallback", "text": "Noted.", "when": {}, "cardId": "self-esteem-101"}
                ]}""");
        assertPoints(error, "checkin-responses.json", "fallback", "cardId");
    }

    @Test
    void responsesUnknownBodySignalAndLifeAreaAreRefused() {
        assertPoints(loadWith("checkin-responses.json", """
                {"version": 1, "responses": [{"id": "a", "text": "A.", "when": {"bodySignal": "sweaty-palms"}}]}"""),
                "checkin-responses.json", "a", "when.bodySignal");
        assertPoints(loadWith("checkin-responses.json", """
                {"version": 1, "responses": [{"id": "a", "text": "A.", "when": {"lifeArea": "hobbies"}}]}"""),
                "checkin-responses.json", "a", "when.lifeArea");
    }

    @Test
    void wrongTypeNamesTheFieldAndWhatWasFound() {
        ContentException error = loadWith("checkin-responses.json", """
                {"version": 1, "responses": [
                  {"id": "fallback", "text": "Noted.", "when": {}},
                  {"id": "low", "text": "A low day.", "when": {"moodAtMost": "low"}}
                ]}""");
        assertPoints(error, "checkin-responses.json", "low", "when.moodAtMost");
        assertEquals("expected a whole number, found text \"low\"", error.problem());
    }

    @Test
    void numberWhereTextBelongsIsNotQuietlyTurnedIntoText() {
        ContentException error = loadWith("note-prompts.json", """
                {"version": 1, "prompts": [{"id": "first", "text": 42}]}""");
        assertPoints(error, "note-prompts.json", "first", "text");
        assertEquals("expected text, found the number 42", error.problem());
    }

    @Test
    void fractionWhereAWholeNumberBelongsIsRefused() {
        ContentException error = loadWith("checkin-responses.json", """
                {"version": 1, "responses": [{"id": "a", "text": "A.", "when": {"moodAtMost": 3.5}}]}""");
        assertPoints(error, "checkin-responses.json", "a", "when.moodAtMost");
    }

    @Test
    void toneMustBeDifficultOrEasing() {
        ContentException error = loadWith("emotions.json", """
                {"version": 1, "emotions": [{"id": "shame", "label": "Shame", "tone": "negative"}]}""");
        assertPoints(error, "emotions.json", "shame", "tone");
        assertTrue(error.problem().contains("use one of difficult, easing"), error.problem());
    }

    @Test
    void conditionNumbersMustBeInRangeAndMakeSense() {
        assertPoints(loadWith("checkin-responses.json", """
                {"version": 1, "responses": [{"id": "a", "text": "A.", "when": {"moodAtMost": 11}}]}"""),
                "checkin-responses.json", "a", "when.moodAtMost");
        assertPoints(loadWith("checkin-responses.json", """
                {"version": 1, "responses": [{"id": "a", "text": "A.", "when": {"minIntensity": 50}}]}"""),
                "checkin-responses.json", "a", "when.minIntensity");
        assertPoints(loadWith("checkin-responses.json", """
                {"version": 1, "responses": [{"id": "a", "text": "A.", "when": {"moodAtLeast": 6, "moodAtMost": 4}}]}"""),
                "checkin-responses.json", "a", "when.moodAtLeast");
    }

    @Test
    void responsesNeedAFallback() {
        ContentException error = loadWith("checkin-responses.json", """
                {"version": 1, "responses": [{"id": "low", "text": "A low day.", "when": {"moodAtMost": 3}}]}""");
        assertEquals("checkin-responses.json", error.file());
        assertEquals(Optional.of("when"), error.field());
        assertTrue(error.entry().isEmpty());
    }

    @Test
    void missingConditionIsNamed() {
        assertPoints(loadWith("checkin-responses.json", """
                {"version": 1, "responses": [{"id": "a", "text": "A."}]}"""),
                "checkin-responses.json", "a", "when");
    }

    @Test
    void crisisPatternThatIsNotARegularExpressionNamesEntryAndPattern() {
        ContentException error = loadWith("crisis-lexicon.json", """
                {"version": 1, "signals": [
                  {"id": "want-to-die", "label": "Wanting to die", "patterns": ["want to die", "(wish to die"]}
                ], "idioms": []}""");
        assertPoints(error, "crisis-lexicon.json", "want-to-die", "patterns[1]");
        assertTrue(error.problem().startsWith("\"(wish to die\" is not a valid pattern: Unclosed group"), error.problem());
    }

    @Test
    void crisisEntryNeedsAtLeastOnePattern() {
        ContentException error = loadWith("crisis-lexicon.json", """
                {"version": 1, "signals": [{"id": "want-to-die", "label": "Wanting to die", "patterns": []}],
                 "idioms": []}""");
        assertPoints(error, "crisis-lexicon.json", "want-to-die", "patterns");
        assertEquals("is empty; give at least one pattern", error.problem());
        assertPoints(loadWith("crisis-lexicon.json", """
                {"version": 1, "signals": [], "idioms": [{"id": "dead-tired"}]}"""),
                "crisis-lexicon.json", "dead-tired", "patterns");
    }

    @Test
    void crisisIdiomPatternsAreCheckedLikeSignals() {
        ContentException error = loadWith("crisis-lexicon.json", """
                {"version": 1, "signals": [{"id": "kill-myself", "label": "Killing oneself", "patterns": ["kill myself"]}],
                 "idioms": [{"id": "laughing", "patterns": ["kill{myself laughing"]}]}""");
        assertPoints(error, "crisis-lexicon.json", "laughing", "patterns[0]");
    }

    @Test
    void crisisPatternMayUseOnlyKnownPlaceholdersAndPlainApostrophes() {
        ContentException placeholder = loadWith("crisis-lexicon.json", """
                {"version": 1, "signals": [{"id": "a", "label": "A", "patterns": ["want to {fillr}die"]}], "idioms": []}""");
        assertPoints(placeholder, "crisis-lexicon.json", "a", "patterns[0]");
        assertTrue(placeholder.problem().contains("{fillr}") && placeholder.problem().contains("{filler}"),
                placeholder.problem());
        ContentException apostrophe = loadWith("crisis-lexicon.json", """
                {"version": 1, "signals": [{"id": "a", "label": "A", "patterns": ["can’t go on"]}], "idioms": []}""");
        assertPoints(apostrophe, "crisis-lexicon.json", "a", "patterns[0]");
        assertTrue(apostrophe.problem().contains("U+2019") && apostrophe.problem().endsWith("write ' instead"),
                apostrophe.problem());
    }

    @Test
    void crisisPatternThatMatchesNothingAtAllIsRefused() {
        ContentException error = loadWith("crisis-lexicon.json", """
                {"version": 1, "signals": [{"id": "a", "label": "A", "patterns": ["(?:die)?"]}], "idioms": []}""");
        assertPoints(error, "crisis-lexicon.json", "a", "patterns[0]");
        assertTrue(error.problem().contains("matches empty text"), error.problem());
    }

    @Test
    void crisisLexiconNeedsALabelAndBothLists() {
        assertPoints(loadWith("crisis-lexicon.json", """
                {"version": 1, "signals": [{"id": "a", "patterns": ["die"]}], "idioms": []}"""),
                "crisis-lexicon.json", "a", "label");
        ContentException missing = loadWith("crisis-lexicon.json", """
                {"version": 1, "signals": [{"id": "a", "label": "A", "patterns": ["die"]}]}""");
        assertEquals(Optional.of("idioms"), missing.field());
        assertEquals("is missing", missing.problem());
    }

    @Test
    void anAssessmentWithTheWrongNumberOfItemsIsRefused() {
        ContentException error = loadWith("assessments.json", assessmentsWith("who5", who5 -> ((ArrayNode) who5.get("items")).remove(3)));
        assertPoints(error, "assessments.json", "who5", "items");
        assertEquals("4 items given; WHO-5 has 5", error.problem());
    }

    @Test
    void assessmentOptionsMustCoverEveryAnswerExactlyOnce() {
        ContentException missing = loadWith("assessments.json", assessmentsWith("who5", who5 -> ((ArrayNode) who5.get("options")).remove(5)));
        assertPoints(missing, "assessments.json", "who5", "options");
        assertEquals("no option has the value 0; WHO-5 answers run from 0 to 5", missing.problem());

        ContentException outside = loadWith("assessments.json", assessmentsWith("scssf",
                scssf -> ((ObjectNode) scssf.get("options").get(4)).put("value", 6)));
        assertPoints(outside, "assessments.json", "scssf", "options[4].value");
        assertEquals("6 is outside 1–5", outside.problem());

        ContentException twice = loadWith("assessments.json", assessmentsWith("phq9",
                phq9 -> ((ObjectNode) phq9.get("options").get(3)).put("value", 2)));
        assertPoints(twice, "assessments.json", "phq9", "options[3].value");
    }

    @Test
    void assessmentBandsMustMatchThePublishedBands() {
        assertPoints(loadWith("assessments.json", assessmentsWith("phq9",
                        phq9 -> ((ObjectNode) phq9.get("results").get(1)).put("band", "light"))),
                "assessments.json", "phq9", "results[1].band");
        ContentException shifted = loadWith("assessments.json", assessmentsWith("gad7", gad7 -> {
            ((ObjectNode) gad7.get("results").get(0)).put("to", 5);
            ((ObjectNode) gad7.get("results").get(1)).put("from", 6);
        }));
        assertPoints(shifted, "assessments.json", "gad7", "results[0].from");
        assertEquals("the band \"minimal\" runs from 0 to 4", shifted.problem());
        assertPoints(loadWith("assessments.json", assessmentsWith("rses",
                        rses -> ((ObjectNode) rses.get("results").get(0)).put("band", "mild"))),
                "assessments.json", "rses", "results[0].band");
    }

    @Test
    void assessmentResultsMustCoverEveryPossibleScore() {
        ContentException gap = loadWith("assessments.json", assessmentsWith("scssf",
                scssf -> ((ObjectNode) scssf.get("results").get(1)).put("to", 3.55)));
        assertPoints(gap, "assessments.json", "scssf", "results[2].from");
        ContentException uncovered = loadWith("assessments.json", assessmentsWith("scssf",
                scssf -> ((ObjectNode) scssf.get("results").get(0)).put("to", 2.4)));
        assertPoints(uncovered, "assessments.json", "scssf", "results");
        assertEquals("no range covers the possible score 2.4166666666666665", uncovered.problem());
    }

    @Test
    void anAssessmentNeedsTheInstrumentsOwnShortName() {
        ContentException error = loadWith("assessments.json", assessmentsWith("rses", rses -> rses.put("shortName", "RSE")));
        assertPoints(error, "assessments.json", "rses", "shortName");
    }

    @Test
    void everyInstrumentNeedsAnEntry() {
        ContentException error = loadWith("assessments.json", """
                {"version": 1, "instruments": []}""");
        assertEquals("assessments.json", error.file());
        assertEquals(Optional.of("instruments"), error.field());
        assertEquals("there is no entry for \"who5\"", error.problem());
    }

    @Test
    void unsupportedVersionIsRefused() {
        ContentException error = loadWith("faq.json", """
                {"version": 2, "questions": []}""");
        assertEquals(Optional.of("version"), error.field());
        assertTrue(error.problem().contains("reads version 1"), error.problem());
    }

    @Test
    void unknownTopLevelFieldIsRefused() {
        ContentException error = loadWith("faq.json", """
                {"version": 1, "questions": [], "faq": []}""");
        assertEquals(Optional.of("faq"), error.field());
    }

    @Test
    void malformedJsonNamesTheFileAndLine() {
        ContentException error = loadWith("cards.json", "{\"version\": 1,\n \"cards\": [\n {\"id\": \"x\",, }\n]}");
        assertEquals("cards.json", error.file());
        assertTrue(error.problem().contains("line 3"), error.problem());
    }

    @Test
    void missingFileIsNamed() {
        ContentException error = assertThrows(ContentException.class, () -> ContentLibrary.load(name -> {
            if (name.equals("faq.json")) {
                throw new FileNotFoundException(name);
            }
            return ContentSource.bundled().open(name);
        }));
        assertEquals("faq.json: is missing", error.getMessage());
    }

    /** The bundled assessments with one instrument's entry changed by {@code change}. */
    private static String assessmentsWith(String id, Consumer<ObjectNode> change) {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = ContentSource.bundled().open("assessments.json")) {
            JsonNode root = mapper.readTree(in);
            for (JsonNode instrument : root.get("instruments")) {
                if (instrument.get("id").asText().equals(id)) {
                    change.accept((ObjectNode) instrument);
                }
            }
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void helplineInAnUnknownRegionIsRefused() {
        ContentException error = loadWith("helplines.json", helplines("""
                {"id": "nz-lifeline", "region": "nz", "name": "Lifeline", "contact": "Call 0800 543 354",
                 "hours": "24 hours", "source": "https://www.lifeline.org.nz", "checked": "2026-11-22"}"""));
        assertPoints(error, "helplines.json", "nz-lifeline", "region");
        assertEquals("there is no region with the id \"nz\"", error.problem());
    }

    @Test
    void helplineCheckedMustBeAnIsoDate() {
        ContentException error = loadWith("helplines.json", helplines("""
                {"id": "a-line", "region": "us", "name": "A line", "contact": "Call 1",
                 "hours": "24 hours", "source": "https://example.org", "checked": "22/11/2026"}"""));
        assertPoints(error, "helplines.json", "a-line", "checked");
        assertTrue(error.problem().contains("YYYY-MM-DD"), error.problem());
    }

    @Test
    void helplineNeedsAContactAndAWholeSourceAddress() {
        assertPoints(loadWith("helplines.json", helplines("""
                {"id": "a-line", "region": "us", "name": "A line", "contact": " ",
                 "hours": "24 hours", "source": "https://example.org", "checked": "2026-11-22"}""")),
                "helplines.json", "a-line", "contact");
        assertPoints(loadWith("helplines.json", helplines("""
                {"id": "a-line", "region": "us", "name": "A line", "contact": "Call 1",
                 "hours": "24 hours", "checked": "2026-11-22"}""")),
                "helplines.json", "a-line", "source");
        assertPoints(loadWith("helplines.json", helplines("""
                {"id": "a-line", "region": "us", "name": "A line", "contact": "Call 1",
                 "hours": "24 hours", "source": "example.org", "checked": "2026-11-22"}""")),
                "helplines.json", "a-line", "source");
    }

    @Test
    void helplineIdsForThePersonsOwnLinesAreRefused() {
        assertPoints(loadWith("helplines.json", helplines("""
                {"id": "own-1", "region": "us", "name": "A line", "contact": "Call 1",
                 "hours": "24 hours", "source": "https://example.org", "checked": "2026-11-22"}""")),
                "helplines.json", "own-1", "id");
    }

    @Test
    void helplinesNeedTheInternationalRegionAndBothLists() {
        ContentException noInternational = loadWith("helplines.json", """
                {"version": 1, "regions": [{"id": "us", "name": "United States", "findingTherapy": "Ask a doctor."}],
                 "helplines": []}""");
        assertEquals(Optional.of("regions"), noInternational.field());
        assertTrue(noInternational.entry().isEmpty());

        ContentException noLines = loadWith("helplines.json", """
                {"version": 1, "regions": [{"id": "international", "name": "Anywhere", "findingTherapy": "Ask."}]}""");
        assertEquals(Optional.of("helplines"), noLines.field());
        assertEquals("is missing", noLines.problem());

        ContentException extra = loadWith("helplines.json", """
                {"version": 1, "regions": [], "helplines": [], "numbers": []}""");
        assertEquals(Optional.of("numbers"), extra.field());
        assertEquals("unknown field; the file holds only \"version\", \"regions\" and \"helplines\"", extra.problem());
    }

    @Test
    void regionNeedsWordsOnFindingTherapy() {
        ContentException error = loadWith("helplines.json", """
                {"version": 1, "regions": [{"id": "international", "name": "Anywhere"}], "helplines": []}""");
        assertPoints(error, "helplines.json", "international", "findingTherapy");
    }

    @Test
    void aReframeGuideWithoutOneOfTheStepsIsRefused() {
        ContentException error = loadWith("reframe-guide.json", reframeGuideWith(guide -> removeStep(guide, "friend")));
        assertEquals("reframe-guide.json", error.file());
        assertTrue(error.entry().isEmpty(), error.getMessage());
        assertEquals(Optional.of("steps"), error.field());
        assertEquals("there is no entry for the step \"friend\"", error.problem());
    }

    @Test
    void aReframeGuideStepWithAnUnknownIdIsRefused() {
        ContentException error = loadWith("reframe-guide.json",
                reframeGuideWith(guide -> step(guide, "friend").put("id", "friends")));
        assertPoints(error, "reframe-guide.json", "friends", "id");
        assertTrue(error.problem().startsWith("there is no step \"friends\"; the steps are situation, thought,"),
                error.problem());
    }

    @Test
    void theEvidenceStepNeedsBothItsPrompts() {
        ContentException noFor = loadWith("reframe-guide.json",
                reframeGuideWith(guide -> step(guide, "evidence").remove("promptFor")));
        assertPoints(noFor, "reframe-guide.json", "evidence", "promptFor");
        assertEquals("is missing", noFor.problem());
        assertPoints(loadWith("reframe-guide.json",
                        reframeGuideWith(guide -> step(guide, "evidence").put("promptAgainst", " "))),
                "reframe-guide.json", "evidence", "promptAgainst");
    }

    @Test
    void evidencePromptsOnAnotherStepAreRefusedRatherThanLost() {
        ContentException error = loadWith("reframe-guide.json",
                reframeGuideWith(guide -> step(guide, "friend").put("promptFor", "What backs it up?")));
        assertPoints(error, "reframe-guide.json", "friend", "promptFor");
    }

    @Test
    void reframeGuideStepsMustFollowTheScreensOrder() {
        ContentException error = loadWith("reframe-guide.json", reframeGuideWith(guide -> {
            ArrayNode steps = (ArrayNode) guide.get("steps");
            JsonNode traps = steps.remove(3);
            steps.insert(1, traps);
        }));
        assertPoints(error, "reframe-guide.json", "traps", "id");
        assertTrue(error.problem().startsWith("expected the step \"thought\" here"), error.problem());
    }

    @Test
    void reframeGuideEntriesNeedTheirTexts() {
        assertPoints(loadWith("reframe-guide.json", reframeGuideWith(guide -> step(guide, "after").remove("example"))),
                "reframe-guide.json", "after", "example");
        assertPoints(loadWith("reframe-guide.json", reframeGuideWith(guide -> step(guide, "thought").put("hint", ""))),
                "reframe-guide.json", "thought", "hint");
        assertPoints(loadWith("reframe-guide.json",
                        reframeGuideWith(guide -> ((ObjectNode) guide.get("alternatives").get(0)).remove("balanced"))),
                "reframe-guide.json", "exam-not-passed", "balanced");
        ContentException noAlternatives = loadWith("reframe-guide.json",
                reframeGuideWith(guide -> guide.remove("alternatives")));
        assertEquals(Optional.of("alternatives"), noAlternatives.field());
        assertEquals("is missing", noAlternatives.problem());
    }

    /** The bundled reframe guide with {@code change} applied to its whole object. */
    private static String reframeGuideWith(Consumer<ObjectNode> change) {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = ContentSource.bundled().open("reframe-guide.json")) {
            ObjectNode root = (ObjectNode) mapper.readTree(in);
            change.accept(root);
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode step(ObjectNode guide, String id) {
        for (JsonNode step : guide.get("steps")) {
            if (step.get("id").asText().equals(id)) {
                return (ObjectNode) step;
            }
        }
        throw new AssertionError("the bundled guide has no step " + id);
    }

    private static void removeStep(ObjectNode guide, String id) {
        ArrayNode steps = (ArrayNode) guide.get("steps");
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).get("id").asText().equals(id)) {
                steps.remove(i);
                return;
            }
        }
        throw new AssertionError("the bundled guide has no step " + id);
    }

    /** A helplines file with the us and international regions and the one line given. */
    private static String helplines(String line) {
        return """
                {"version": 1,
                 "regions": [{"id": "us", "name": "United States", "findingTherapy": "Ask a doctor."},
                             {"id": "international", "name": "Anywhere", "findingTherapy": "Ask a doctor."}],
                 "helplines": [%s]}""".formatted(line);
    }

    @Test
    void everyThinkingTrapNeedsAnEntry() {
        ContentException error = loadWith("thinking-traps.json", bundledWith("thinking-traps.json", "traps",
                traps -> traps.remove(traps.size() - 1)));
        assertEquals("thinking-traps.json", error.file());
        assertEquals(Optional.of("traps"), error.field());
        assertEquals("there is no entry for \"blaming\"", error.problem());
    }

    @Test
    void aThinkingTrapExampleNeedsAKnownSettingAndTheTrapAKnownId() {
        ContentException setting = loadWith("thinking-traps.json", bundledWith("thinking-traps.json", "traps",
                traps -> ((ObjectNode) traps.get(12).get("example")).put("setting", "family")));
        assertPoints(setting, "thinking-traps.json", "comparing", "example.setting");
        assertEquals("\"family\" is not allowed; use one of job, relationship, study", setting.problem());
        assertPoints(loadWith("thinking-traps.json", bundledWith("thinking-traps.json", "traps",
                        traps -> ((ObjectNode) traps.get(0)).put("id", "perfectionism"))),
                "thinking-traps.json", "perfectionism", "id");
        assertPoints(loadWith("thinking-traps.json", bundledWith("thinking-traps.json", "traps",
                        traps -> ((ObjectNode) traps.get(1)).remove("question"))),
                "thinking-traps.json", "overgeneralizing", "question");
    }

    @Test
    void aTrapCueMustNameAKnownTrapAndCompile() {
        assertPoints(loadWith("trap-cues.json", """
                {"version": 1, "words": [], "cues": [
                  {"id": "perfect", "trap": "perfectionism", "about": "A.", "patterns": ["perfect"]}]}"""),
                "trap-cues.json", "perfect", "trap");
        ContentException pattern = loadWith("trap-cues.json", """
                {"version": 1, "words": [], "cues": [
                  {"id": "always", "trap": "overgeneralizing", "about": "A.", "patterns": ["always", "(never"]}]}""");
        assertPoints(pattern, "trap-cues.json", "always", "patterns[1]");
        assertTrue(pattern.problem().startsWith("\"(never\" is not a valid pattern"), pattern.problem());
        assertPoints(loadWith("trap-cues.json", """
                {"version": 1, "words": [], "cues": [
                  {"id": "always", "trap": "overgeneralizing", "about": "A.", "patterns": ["always"], "unless": ["not (always"]}]}"""),
                "trap-cues.json", "always", "unless[0]");
        assertPoints(loadWith("trap-cues.json", """
                {"version": 1, "words": [], "cues": [{"id": "always", "trap": "overgeneralizing", "about": "A.", "patterns": []}]}"""),
                "trap-cues.json", "always", "patterns");
    }

    @Test
    void trapCueWordListsMustBePlainKnownAndUsed() {
        ContentException unknown = loadWith("trap-cues.json", """
                {"version": 1, "words": [{"id": "im", "words": ["i'm", "im"]}], "cues": [
                  {"id": "label", "trap": "labeling", "about": "A.", "patterns": ["{i-am} stupid"]}]}""");
        assertPoints(unknown, "trap-cues.json", "label", "patterns[0]");
        assertTrue(unknown.problem().contains("{i-am}") && unknown.problem().contains("{im}"), unknown.problem());
        ContentException typographic = loadWith("trap-cues.json", """
                {"version": 1, "words": [{"id": "im", "words": ["i’m"]}], "cues": []}""");
        assertPoints(typographic, "trap-cues.json", "im", "words[0]");
        assertTrue(typographic.problem().endsWith("write ' instead"), typographic.problem());
        assertPoints(loadWith("trap-cues.json", """
                {"version": 1, "words": [{"id": "im", "words": ["i(m"]}], "cues": []}"""),
                "trap-cues.json", "im", "words[0]");
        assertPoints(loadWith("trap-cues.json", """
                {"version": 1, "words": [{"id": "im", "words": ["i'm"]}], "cues": [
                  {"id": "always", "trap": "overgeneralizing", "about": "A.", "patterns": ["always"]}]}"""),
                "trap-cues.json", "im", "id");
    }

    @Test
    void everyThinkingTrapNeedsACue() {
        ContentException error = loadWith("trap-cues.json", """
                {"version": 1, "words": [], "cues": [
                  {"id": "always", "trap": "overgeneralizing", "about": "A.", "patterns": ["always"]}]}""");
        assertEquals("trap-cues.json", error.file());
        assertEquals(Optional.of("cues"), error.field());
        assertEquals("no cue suggests \"all-or-nothing\"", error.problem());
    }

    @Test
    void aGoalIdeaInAnUnknownCategoryIsRefused() {
        ContentException error = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "ideas",
                ideas -> ((ObjectNode) ideas.get(0)).put("category", "family")));
        assertPoints(error, "goal-ideas.json", "water-before-coffee", "category");
        assertTrue(error.problem().startsWith("there is no category \"family\"; use one of self-care, movement, study"),
                error.problem());
    }

    @Test
    void goalCategoriesMustBeTheKnownOnesEachOnceInOrder() {
        ContentException unknown = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "categories",
                categories -> ((ObjectNode) categories.get(7)).put("id", "fun")));
        assertPoints(unknown, "goal-ideas.json", "fun", "id");
        assertTrue(unknown.problem().startsWith("there is no category \"fun\""), unknown.problem());

        ContentException missing = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "categories",
                categories -> categories.remove(7)));
        assertEquals("goal-ideas.json", missing.file());
        assertTrue(missing.entry().isEmpty());
        assertEquals(Optional.of("categories"), missing.field());
        assertEquals("there is no entry for the category \"joy\"", missing.problem());

        ContentException twice = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "categories",
                categories -> categories.add(categories.get(3).deepCopy())));
        assertPoints(twice, "goal-ideas.json", "work", "id");
        assertEquals("this id is already used by entry #3", twice.problem());

        ContentException order = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "categories",
                categories -> categories.insert(0, categories.remove(1))));
        assertPoints(order, "goal-ideas.json", "movement", "id");
        assertTrue(order.problem().startsWith("expected the category \"self-care\" here"), order.problem());

        assertPoints(loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "categories",
                        categories -> ((ObjectNode) categories.get(4)).put("name", " "))),
                "goal-ideas.json", "social", "name");
    }

    @Test
    void goalSizesRunFromOneToFiveEachOnce() {
        ContentException outside = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "sizes",
                sizes -> ((ObjectNode) sizes.get(4)).put("size", 6)));
        assertPoints(outside, "goal-ideas.json", "#4", "size");
        assertEquals("6 is outside 1–5", outside.problem());

        ContentException missing = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "sizes",
                sizes -> sizes.remove(2)));
        assertEquals(Optional.of("sizes"), missing.field());
        assertTrue(missing.entry().isEmpty());
        assertEquals("there is no entry for size 3", missing.problem());

        ContentException twice = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "sizes",
                sizes -> ((ObjectNode) sizes.get(3)).put("size", 2)));
        assertPoints(twice, "goal-ideas.json", "#3", "size");
        assertEquals("size 2 is already described by entry #1", twice.problem());

        ContentException order = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "sizes",
                sizes -> sizes.add(sizes.remove(0))));
        assertPoints(order, "goal-ideas.json", "#0", "size");
        assertTrue(order.problem().startsWith("expected size 1 here"), order.problem());

        assertPoints(loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "sizes",
                        sizes -> ((ObjectNode) sizes.get(0)).remove("about"))),
                "goal-ideas.json", "#0", "about");
    }

    @Test
    void aGoalIdeaNeedsASizeFromOneToFive() {
        ContentException tooBig = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "ideas",
                ideas -> ((ObjectNode) ideas.get(1)).put("size", 6)));
        assertPoints(tooBig, "goal-ideas.json", "open-the-curtains", "size");
        assertEquals("6 is outside 1–5", tooBig.problem());
        assertPoints(loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "ideas",
                        ideas -> ((ObjectNode) ideas.get(1)).put("size", 0))),
                "goal-ideas.json", "open-the-curtains", "size");
        ContentException missing = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "ideas",
                ideas -> ((ObjectNode) ideas.get(1)).remove("size")));
        assertPoints(missing, "goal-ideas.json", "open-the-curtains", "size");
        assertEquals("is missing", missing.problem());
        ContentException text = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "ideas",
                ideas -> ((ObjectNode) ideas.get(1)).put("size", "3")));
        assertPoints(text, "goal-ideas.json", "open-the-curtains", "size");
        assertEquals("expected a whole number, found text \"3\"", text.problem());
    }

    @Test
    void goalIdeaIdsAreUnique() {
        ContentException error = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "ideas",
                ideas -> ((ObjectNode) ideas.get(2)).put("id", "water-before-coffee")));
        assertPoints(error, "goal-ideas.json", "water-before-coffee", "id");
        assertEquals("this id is already used by entry #0", error.problem());
    }

    @Test
    void aGoalIdeaTitleIsOneShortLine() {
        ContentException blank = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "ideas",
                ideas -> ((ObjectNode) ideas.get(0)).put("title", "   ")));
        assertPoints(blank, "goal-ideas.json", "water-before-coffee", "title");
        assertEquals("is empty", blank.problem());

        ContentException tooLong = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "ideas",
                ideas -> ((ObjectNode) ideas.get(0)).put("title", "Drink ".repeat(14) + "water")));
        assertPoints(tooLong, "goal-ideas.json", "water-before-coffee", "title");
        assertEquals("is 89 characters long; keep it to 80 or fewer", tooLong.problem());

        ContentException twoLines = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "ideas",
                ideas -> ((ObjectNode) ideas.get(0)).put("title", "Drink a glass of water\nbefore coffee")));
        assertPoints(twoLines, "goal-ideas.json", "water-before-coffee", "title");
        assertEquals("holds a line break; keep it to one line", twoLines.problem());
    }

    @Test
    void aGoalIdeaNeedsAShortReason() {
        ContentException missing = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "ideas",
                ideas -> ((ObjectNode) ideas.get(5)).remove("why")));
        assertPoints(missing, "goal-ideas.json", "cook-one-simple-meal", "why");
        assertEquals("is missing", missing.problem());
        assertPoints(loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "ideas",
                        ideas -> ((ObjectNode) ideas.get(5)).put("why", ""))),
                "goal-ideas.json", "cook-one-simple-meal", "why");
        ContentException tooLong = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "ideas",
                ideas -> ((ObjectNode) ideas.get(5)).put("why", "It helps. ".repeat(17))));
        assertPoints(tooLong, "goal-ideas.json", "cook-one-simple-meal", "why");
        assertEquals("is 170 characters long; keep it to 160 or fewer", tooLong.problem());
    }

    @Test
    void everyGoalCategoryNeedsAnIdeaAtEverySize() {
        ContentException error = loadWith("goal-ideas.json", bundledWith("goal-ideas.json", "ideas", ideas -> {
            for (int i = ideas.size() - 1; i >= 0; i--) {
                if (ideas.get(i).get("category").asText().equals("study") && ideas.get(i).get("size").asInt() == 4) {
                    ideas.remove(i);
                }
            }
        }));
        assertEquals("goal-ideas.json", error.file());
        assertTrue(error.entry().isEmpty());
        assertEquals(Optional.of("ideas"), error.field());
        assertEquals("the category \"study\" has no idea of size 4; every category needs one at each size", error.problem());
    }

    @Test
    void goalIdeasNeedAllThreeLists() {
        ContentException error = loadWith("goal-ideas.json", """
                {"version": 1, "categories": [], "ideas": []}""");
        assertEquals(Optional.of("sizes"), error.field());
        assertEquals("is missing", error.problem());
    }

    @Test
    void aReviewQuestionNeedsItsText() {
        ContentException missing = loadWith("review-questions.json", """
                {"version": 1, "questions": [{"id": "good-moment"}]}""");
        assertPoints(missing, "review-questions.json", "good-moment", "text");
        assertEquals("is missing", missing.problem());
        assertPoints(loadWith("review-questions.json", """
                {"version": 1, "questions": [{"id": "good-moment", "text": " "}]}"""),
                "review-questions.json", "good-moment", "text");
    }

    @Test
    void aReviewQuestionIsOneShortLineEndingInAQuestionMark() {
        ContentException statement = loadWith("review-questions.json", """
                {"version": 1, "questions": [{"id": "good-moment", "text": "Name a good moment."}]}""");
        assertPoints(statement, "review-questions.json", "good-moment", "text");
        assertEquals("does not end with a question mark; each entry is a question to reflect on", statement.problem());
        ContentException twoLines = loadWith("review-questions.json", """
                {"version": 1, "questions": [{"id": "good-moment", "text": "Which moment?\\nAnd why?"}]}""");
        assertEquals("holds a line break; keep the question to one line", twoLines.problem());
        ContentException tooLong = loadWith("review-questions.json", bundledWith("review-questions.json", "questions",
                questions -> ((ObjectNode) questions.get(0)).put("text", "Which moment ".repeat(14) + "?")));
        assertPoints(tooLong, "review-questions.json", "kept-a-promise", "text");
        assertEquals("is 183 characters long; keep it to 160 or fewer", tooLong.problem());
    }

    @Test
    void reviewQuestionIdsAreUniqueAndUsable() {
        ContentException twice = loadWith("review-questions.json", bundledWith("review-questions.json", "questions",
                questions -> ((ObjectNode) questions.get(3)).put("id", "kept-a-promise")));
        assertPoints(twice, "review-questions.json", "kept-a-promise", "id");
        assertTrue(twice.problem().contains("already used by entry #0"), twice.problem());
        ContentException badId = loadWith("review-questions.json", """
                {"version": 1, "questions": [{"id": "Good Moment", "text": "Which moment?"}]}""");
        assertPoints(badId, "review-questions.json", "#0", "id");
        ContentException unknown = loadWith("review-questions.json", """
                {"version": 1, "questions": [{"id": "good-moment", "text": "Which moment?", "week": 3}]}""");
        assertPoints(unknown, "review-questions.json", "good-moment", "week");
    }

    @Test
    void reviewQuestionsMayNotBeEmpty() {
        ContentException error = loadWith("review-questions.json", """
                {"version": 1, "questions": []}""");
        assertEquals("review-questions.json", error.file());
        assertTrue(error.entry().isEmpty());
        assertEquals(Optional.of("questions"), error.field());
        assertEquals("holds no question; every week needs one to show", error.problem());
    }

    @Test
    void aBlankSelfTalkPhraseNamesItsEntryAndPlace() {
        ContentException error = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "hating-myself", "about": "Hate.", "phrases": ["i hate myself", "  "]}],
                "kind": []"""));
        assertPoints(error, "self-talk.json", "hating-myself", "phrases[1]");
        assertEquals("is empty", error.problem());
        assertPoints(loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "hating-myself", "about": "Hate.", "phrases": []}], "kind": []""")),
                "self-talk.json", "hating-myself", "phrases");
        assertPoints(loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "hating-myself", "phrases": ["i hate myself"]}], "kind": []""")),
                "self-talk.json", "hating-myself", "about");
    }

    @Test
    void aSelfTalkPhraseWrittenTwiceIsRefusedAlsoOnceSkippedWordsAreLeftOut() {
        ContentException twice = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["i hate myself"]},
                             {"id": "b", "about": "B.", "phrases": ["i hate myself"]}], "kind": []"""));
        assertPoints(twice, "self-talk.json", "b", "phrases[0]");
        assertEquals("\"i hate myself\" is already written in entry \"a\" of \"critical\"", twice.problem());

        ContentException skipped = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["i'm stupid"]}],
                "kind": [{"id": "b", "about": "B.", "phrases": ["i'm so stupid"]}]""", """
                "skip": [{"id": "soft", "words": ["so"]}]"""));
        assertPoints(skipped, "self-talk.json", "b", "phrases[0]");
        assertEquals("\"i'm so stupid\" is already written in entry \"a\" of \"critical\" (as \"i'm stupid\" once "
                + "skipped words are left out)", skipped.problem());

        ContentException sameId = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["i hate myself"]}],
                "kind": [{"id": "a", "about": "A.", "phrases": ["i did my best"]}]"""));
        assertPoints(sameId, "self-talk.json", "a", "id");
        assertEquals("this id is already used in \"critical\"; ids are unique across critical and kind", sameId.problem());
    }

    @Test
    void selfTalkFileOfAnUnknownShapeIsRefused() {
        ContentException field = loadWith("self-talk.json", """
                {"version": 1, "words": [], "skip": [], "critical": [], "kind": [], "negations": [], "others": [],
                 "ownVoice": [], "patterns": []}""");
        assertEquals(Optional.of("patterns"), field.field());
        assertEquals("unknown field; the file holds only \"version\", \"words\", \"skip\", \"critical\", \"kind\", "
                + "\"negations\", \"others\" and \"ownVoice\"", field.problem());

        ContentException missing = loadWith("self-talk.json", """
                {"version": 1, "words": [], "skip": [], "critical": [], "kind": [], "negations": [], "others": []}""");
        assertEquals(Optional.of("ownVoice"), missing.field());
        assertEquals("is missing", missing.problem());

        ContentException entryField = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "patterns": ["i hate myself"]}], "kind": []"""));
        assertPoints(entryField, "self-talk.json", "a", "patterns");
        assertTrue(entryField.problem().startsWith("unknown field; known fields here: about, id, phrases"),
                entryField.problem());

        ContentException notAList = loadWith("self-talk.json", selfTalk("""
                "critical": {"id": "a"}, "kind": []"""));
        assertEquals(Optional.of("critical"), notAList.field());
        assertEquals("expected a list, found an object", notAList.problem());
    }

    @Test
    void aSelfTalkPhraseMustBePlainWordsAndKnownLists() {
        ContentException list = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["{im} {harsh}"]}], "kind": []""", """
                "words": [{"id": "im", "words": ["i'm", "i am"]}]"""));
        assertPoints(list, "self-talk.json", "a", "phrases[0]");
        assertEquals("\"{im} {harsh}\" uses {harsh}, which is not a word list of this file; use one of {im}",
                list.problem());

        ContentException apostrophe = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["i’m stupid"]}], "kind": []"""));
        assertPoints(apostrophe, "self-talk.json", "a", "phrases[0]");
        assertTrue(apostrophe.problem().endsWith("write ' instead"), apostrophe.problem());

        ContentException hyphen = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["i'm a screw-up"]}], "kind": []"""));
        assertPoints(hyphen, "self-talk.json", "a", "phrases[0]");
        assertTrue(hyphen.problem().contains("contains a hyphen; write a space instead"), hyphen.problem());

        ContentException pattern = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["i (hate|loathe) myself"]}], "kind": []"""));
        assertPoints(pattern, "self-talk.json", "a", "phrases[0]");
        assertTrue(pattern.problem().contains("is not a phrase"), pattern.problem());

        ContentException start = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["felt {start} useless"]}], "kind": []"""));
        assertPoints(start, "self-talk.json", "a", "phrases[0]");
        assertEquals("\"felt {start} useless\" has {start} after its first word; it can only begin a phrase",
                start.problem());
    }

    @Test
    void aSelfTalkPhraseThatCanMatchNoWordIsRefused() {
        ContentException error = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["so {very?}"]}], "kind": []""", """
                "words": [{"id": "very", "words": ["truly"]}], "skip": [{"id": "soft", "words": ["so"]}]"""));
        assertPoints(error, "self-talk.json", "a", "phrases[0]");
        assertTrue(error.problem().startsWith("\"so {very?}\" can match no word at all"), error.problem());
    }

    @Test
    void selfTalkWordListsMustBePlainUsedAndNotOnlySkippedWords() {
        ContentException unused = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["i hate myself"]}], "kind": []""", """
                "words": [{"id": "im", "words": ["i'm", "i am"]}]"""));
        assertPoints(unused, "self-talk.json", "im", "id");
        assertEquals("no phrase uses {im}; remove the list or use it", unused.problem());

        ContentException onlySkipped = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["i'm {very} stupid"]}], "kind": []""", """
                "words": [{"id": "very", "words": ["truly", "so"]}], "skip": [{"id": "soft", "words": ["so"]}]"""));
        assertPoints(onlySkipped, "self-talk.json", "very", "words[1]");
        assertTrue(onlySkipped.problem().startsWith("\"so\" is only skipped words"), onlySkipped.problem());

        ContentException twoWords = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["i hate myself"]}], "kind": []""", """
                "skip": [{"id": "soft", "words": ["kind of"]}]"""));
        assertPoints(twoWords, "self-talk.json", "soft", "words[0]");
        assertTrue(twoWords.problem().contains("is not one plain word"), twoWords.problem());

        ContentException reserved = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["{start} hate myself"]}], "kind": []""", """
                "words": [{"id": "start", "words": ["begin"]}]"""));
        assertPoints(reserved, "self-talk.json", "start", "id");
    }

    @Test
    void aSelfTalkNegationNeedsAReachFromZeroToThree() {
        ContentException missing = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["i hate myself"]}], "kind": [],
                "negations": [{"id": "not", "about": "Not.", "phrases": ["not"]}]"""));
        assertPoints(missing, "self-talk.json", "not", "reach");
        assertEquals("is missing", missing.problem());
        ContentException far = loadWith("self-talk.json", selfTalk("""
                "critical": [{"id": "a", "about": "A.", "phrases": ["i hate myself"]}], "kind": [],
                "others": [{"id": "said", "about": "Said.", "reach": 4, "phrases": ["said"]}]"""));
        assertPoints(far, "self-talk.json", "said", "reach");
        assertEquals("4 is outside 0–3", far.problem());
    }

    @Test
    void aPracticeCardMustBeACardOfCardsJson() {
        ContentException error = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(0)).put("card", "inner-critics")));
        assertPoints(error, "practices.json", "self-compassion-letter", "card");
        assertEquals("there is no card with the id \"inner-critics\"", error.problem());
    }

    @Test
    void aFollowUpWrittenAsAnIdMustNameAPractice() {
        ContentException error = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ArrayNode) practices.get(0).get("followUps")).set(1, "box-breathing")));
        assertPoints(error, "practices.json", "self-compassion-letter", "followUps[1]");
        assertTrue(error.problem().startsWith("there is no practice with the id \"box-breathing\""), error.problem());
        ContentException itself = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ArrayNode) practices.get(0).get("followUps")).set(0, "self-compassion-letter")));
        assertPoints(itself, "practices.json", "self-compassion-letter", "followUps[0]");
    }

    @Test
    void practiceIdsAndStepIdsAreUnique() {
        ContentException practice = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(3)).put("id", "self-compassion-letter")));
        assertPoints(practice, "practices.json", "self-compassion-letter", "id");
        assertEquals("this id is already used by entry #0", practice.problem());
        ContentException step = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(0).get("steps").get(2)).put("id", "what-hurts")));
        assertPoints(step, "practices.json", "self-compassion-letter", "steps[2].id");
        assertEquals("the step id \"what-hurts\" is already used in this practice", step.problem());
    }

    @Test
    void aPracticeStepNeedsAPromptAndAKnownAnswerKind() {
        ContentException blank = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(1).get("steps").get(1)).put("prompt", " ")));
        assertPoints(blank, "practices.json", "inner-child-dialogue", "steps[1].prompt");
        assertEquals("is empty", blank.problem());
        ContentException kind = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(1).get("steps").get(1)).put("answer", "rating")));
        assertPoints(kind, "practices.json", "inner-child-dialogue", "steps[1].answer");
        assertEquals("\"rating\" is not allowed; use one of none, text", kind.problem());
        ContentException none = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(1)).putArray("steps")));
        assertPoints(none, "practices.json", "inner-child-dialogue", "steps");
        ContentException unknown = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(1).get("steps").get(0)).put("hint", "Breathe.")));
        assertPoints(unknown, "practices.json", "inner-child-dialogue", "steps[0].hint");
    }

    @Test
    void timersAndMinutesStayWithinTheirRanges() {
        ContentException timer = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(0).get("steps").get(3)).put("timerSeconds", 3601)));
        assertPoints(timer, "practices.json", "self-compassion-letter", "steps[3].timerSeconds");
        assertEquals("3601 is outside 1–3600", timer.problem());
        ContentException zero = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(0).get("steps").get(0)).put("timerSeconds", 0)));
        assertEquals("0 is outside 1–3600", zero.problem());
        ContentException minutes = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(2)).put("minutes", 121)));
        assertPoints(minutes, "practices.json", "vulnerability-check", "minutes");
        assertEquals("121 is outside 1–120", minutes.problem());
        ContentException missing = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(2)).remove("minutes")));
        assertPoints(missing, "practices.json", "vulnerability-check", "minutes");
        assertEquals("is missing", missing.problem());
    }

    @Test
    void aBreathingPatternBreathesInAndOutForAtLeastASecond() {
        ContentException inhale = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(4).get("breathing").get("patterns").get(1)).put("inhale", 0)));
        assertPoints(inhale, "practices.json", "paced-breathing", "breathing.patterns[1].inhale");
        assertEquals("0 seconds; breathing in and out each take at least 1", inhale.problem());
        ContentException exhale = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(4).get("breathing").get("patterns").get(0)).put("exhale", -2)));
        assertPoints(exhale, "practices.json", "paced-breathing", "breathing.patterns[0].exhale");
        ContentException unknownDefault = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(4).get("breathing")).put("defaultPattern", "square")));
        assertPoints(unknownDefault, "practices.json", "paced-breathing", "breathing.defaultPattern");
        assertEquals("there is no pattern in this guide with the id \"square\"", unknownDefault.problem());
    }

    @Test
    void aSeriesRunsOverOneToThirtyDaysWithALinePerDay() {
        ContentException days = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(6).get("series")).put("days", 31)));
        assertPoints(days, "practices.json", "expressive-writing", "series.days");
        assertEquals("31 is outside 1–30", days.problem());
        ContentException focus = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(6).get("series")).put("days", 5)));
        assertPoints(focus, "practices.json", "expressive-writing", "series.focus");
        assertEquals("4 lines given for 5 days; give one line per day", focus.problem());
    }

    @Test
    void aPracticeBecomesAGoalOfAKnownCategoryTitledByAWrittenStep() {
        ContentException category = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(7).get("becomesGoal")).put("category", "friends")));
        assertPoints(category, "practices.json", "reconnection-planner", "becomesGoal.category");
        assertTrue(category.problem().startsWith("there is no category \"friends\"; use one of self-care"), category.problem());
        ContentException size = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(7).get("becomesGoal")).put("size", 6)));
        assertPoints(size, "practices.json", "reconnection-planner", "becomesGoal.size");
        ContentException title = loadWith("practices.json", bundledWith("practices.json", "practices",
                practices -> ((ObjectNode) practices.get(9).get("becomesGoal")).put("titleFrom", "rehearse")));
        assertPoints(title, "practices.json", "boundary-practice", "becomesGoal.titleFrom");
        assertEquals("there is no written step in this practice with the id \"rehearse\"", title.problem());
    }

    /**
     * A small {@code self-talk.json}: {@code lists} give "critical" and "kind" (and may give "negations" or "others");
     * {@code more} may replace "words" or "skip". Every list left out is empty.
     */
    private static String selfTalk(String lists, String... more) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            ObjectNode root = (ObjectNode) mapper.readTree("{\"version\": 1, " + lists
                    + (more.length == 0 ? "" : ", " + String.join(", ", more)) + "}");
            for (String list : java.util.List.of("words", "skip", "critical", "kind", "negations", "others", "ownVoice")) {
                if (!root.has(list)) {
                    root.putArray(list);
                }
            }
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled file with one of its lists changed by {@code change}. */
    private static String bundledWith(String file, String list, Consumer<ArrayNode> change) {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = ContentSource.bundled().open(file)) {
            JsonNode root = mapper.readTree(in);
            change.accept((ArrayNode) root.get(list));
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ContentException loadWith(String file, String json) {
        ContentSource source = name -> name.equals(file)
                ? new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))
                : ContentSource.bundled().open(name);
        return assertThrows(ContentException.class, () -> ContentLibrary.load(source));
    }

    private static void assertPoints(ContentException error, String file, String entry, String field) {
        assertEquals(file, error.file(), error.getMessage());
        assertEquals(Optional.of(entry), error.entry(), error.getMessage());
        assertEquals(Optional.of(field), error.field(), error.getMessage());
        assertTrue(error.getMessage().contains(file) && error.getMessage().contains(entry)
                && error.getMessage().contains("\"" + field + "\""), error.getMessage());
    }
}
