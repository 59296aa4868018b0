package app.groundwork.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads one content file: an object holding {@code "version"} and one list of entries. Each entry is bound to its
 * record with nothing guessed: unknown fields, numbers where text belongs, text where numbers belong and
 * repeated keys are all refused, because a typo in content should fail a test, not quietly change what a person reads.
 */
final class ContentFileReader {
    static final int SUPPORTED_VERSION = 1;
    private static final String VERSION_FIELD = "version";

    private final ObjectMapper mapper = strictMapper();
    private final ContentSource source;

    ContentFileReader(ContentSource source) {
        this.source = source;
    }

    <T> List<T> readEntries(String file, String listField, Class<T> type, Function<T, String> idOf, EntryCheck<T> check) {
        return bindEntries(file, readLists(file, List.of(listField)).get(listField), type, idOf, check);
    }

    /**
     * Reads a file that holds several lists beside its version (for example {@code helplines.json} with
     * {@code regions} and {@code helplines}); bind each one with {@link #bindEntries}. Every list must be present.
     */
    Map<String, JsonNode> readLists(String file, List<String> listFields) {
        JsonNode root = readTree(file);
        String holds = holds(listFields);
        if (!root.isObject()) {
            throw ContentException.inFile(file, "expected an object with " + holds, null);
        }
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals(VERSION_FIELD) && !listFields.contains(name)) {
                throw new ContentException(file, null, name, "unknown field; the file holds only " + holds);
            }
        }
        JsonNode version = root.get(VERSION_FIELD);
        if (version == null) {
            throw new ContentException(file, null, VERSION_FIELD, "is missing");
        }
        if (!version.isInt()) {
            throw new ContentException(file, null, VERSION_FIELD, "expected a whole number, found " + describe(version));
        }
        if (version.intValue() != SUPPORTED_VERSION) {
            throw new ContentException(file, null, VERSION_FIELD,
                    "version " + version.intValue() + " is not supported; this app reads version " + SUPPORTED_VERSION);
        }
        Map<String, JsonNode> lists = new HashMap<>();
        for (String listField : listFields) {
            JsonNode list = root.get(listField);
            if (list == null) {
                throw new ContentException(file, null, listField, "is missing");
            }
            if (!list.isArray()) {
                throw new ContentException(file, null, listField, "expected a list, found " + describe(list));
            }
            lists.put(listField, list);
        }
        return lists;
    }

    /** Binds and checks every entry of one list; ids must be unique within the list. */
    <T> List<T> bindEntries(String file, JsonNode list, Class<T> type, Function<T, String> idOf, EntryCheck<T> check) {
        List<T> entries = new ArrayList<>();
        Map<String, Integer> positionById = new HashMap<>();
        for (int position = 0; position < list.size(); position++) {
            JsonNode node = list.get(position);
            String entry = entryName(node, position);
            T value = bind(file, entry, node, type);
            check.check(value, new EntryFields(file, entry));
            Integer earlier = positionById.putIfAbsent(idOf.apply(value), position);
            if (earlier != null) {
                throw new ContentException(file, entry, "id", "this id is already used by entry #" + earlier);
            }
            entries.add(value);
        }
        return List.copyOf(entries);
    }

    /** {@code "version" and "cards"}, or {@code "version", "regions" and "helplines"}. */
    private static String holds(List<String> listFields) {
        List<String> quoted = new ArrayList<>();
        quoted.add('"' + VERSION_FIELD + '"');
        listFields.forEach(field -> quoted.add('"' + field + '"'));
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    private JsonNode readTree(String file) {
        try (InputStream stream = source.open(file)) {
            return mapper.readTree(stream);
        } catch (JsonProcessingException e) {
            throw ContentException.inFile(file, "is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        } catch (FileNotFoundException e) {
            throw ContentException.inFile(file, "is missing", e);
        } catch (IOException e) {
            throw ContentException.inFile(file, "could not be read: " + e.getMessage(), e);
        }
    }

    private <T> T bind(String file, String entry, JsonNode node, Class<T> type) {
        if (!node.isObject()) {
            throw new ContentException(file, entry, null, "expected an object, found " + describe(node));
        }
        try {
            return mapper.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            throw new ContentException(file, entry, fieldPath(e), "unknown field; known fields here: " + known, e);
        } catch (MismatchedInputException e) {
            String field = fieldPath(e);
            throw new ContentException(file, entry, field,
                    "expected " + describe(e.getTargetType()) + ", found " + describe(node.at(pointer(e))), e);
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : null;
            throw new ContentException(file, entry, field, e.getOriginalMessage(), e);
        }
    }

    /** An entry is named by its id when it has a usable one, so messages point at what an editor can search for. */
    private static String entryName(JsonNode node, int position) {
        JsonNode id = node.get("id");
        boolean usable = id != null && id.isTextual() && EntryFields.ID_PATTERN.matcher(id.textValue()).matches();
        return usable ? id.textValue() : "#" + position;
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> "/" + (reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex()))
                .collect(Collectors.joining());
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "another kind of value";
        }
        if (target == String.class) {
            return "text";
        }
        if (target == Integer.class || target == int.class) {
            return "a whole number";
        }
        return target.isRecord() ? "an object" : target.getSimpleName();
    }

    private static String describe(JsonNode value) {
        if (value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            String text = value.textValue();
            return "text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.isObject() ? "an object" : "null";
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        for (CoercionInputShape shape : Set.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }
}
