package app.groundwork.io;

import app.groundwork.content.Card;
import app.groundwork.content.Practice;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/**
 * The JSON of {@code practices} and {@code cards}: the bundled library, one array in file order. A practice is
 * {@code {"id":"paced-breathing","title":…,"minutes":5,"steps":3}} ({@code steps} is how many it has); a card is
 * {@code {"id":"inner-critic","title":…}}. Fields are only ever added, never renamed.
 */
public final class LibraryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @JsonPropertyOrder({"id", "title", "minutes", "steps"})
    record PracticeDto(String id, String title, int minutes, int steps) {
    }

    @JsonPropertyOrder({"id", "title"})
    record CardDto(String id, String title) {
    }

    private LibraryJson() {
    }

    public static String practices(List<Practice> practices) {
        return json(practices.stream()
                .map(practice -> new PracticeDto(practice.id(), practice.title(), practice.minutes(), practice.steps().size()))
                .toList());
    }

    public static String cards(List<Card> cards) {
        return json(cards.stream().map(card -> new CardDto(card.id(), card.title())).toList());
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the library could not be written as JSON", e);
        }
    }
}
