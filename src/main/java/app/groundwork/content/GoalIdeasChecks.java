package app.groundwork.content;

import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalPlan;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and checks {@code goal-ideas.json}: exactly one entry per {@link GoalCategory}, in its order; one entry per
 * size from {@link GoalPlan#SMALLEST} to {@link GoalPlan#LARGEST}, smallest first; and ideas with a one-line title, a
 * known category, a size in range and a short reason, so that every category has an idea at every size.
 */
final class GoalIdeasChecks {
    static final String CATEGORIES = "categories";
    static final String SIZES = "sizes";
    static final String IDEAS = "ideas";
    private static final List<String> CATEGORY_IDS = Arrays.stream(GoalCategory.values()).map(GoalCategory::id).toList();
    private static final String CATEGORY_LIST = String.join(", ", CATEGORY_IDS);

    /** A category as the file writes it, before its id is known to be one of {@link GoalCategory}. */
    record CategoryEntry(String id, String name, String about) {
    }

    /** A size as the file writes it; {@code null} when the field is left out. */
    record SizeEntry(Integer size, String name, String about) {
    }

    /** An idea as the file writes it. */
    record IdeaEntry(String id, String title, String category, Integer size, String why) {
    }

    private GoalIdeasChecks() {
    }

    static GoalIdeas read(ContentFileReader reader, String file) {
        Map<String, JsonNode> lists = reader.readLists(file, List.of(CATEGORIES, SIZES, IDEAS));
        List<CategoryEntry> categories = reader.bindEntries(file, lists.get(CATEGORIES), CategoryEntry.class,
                CategoryEntry::id, GoalIdeasChecks::category);
        requireEveryCategoryInOrder(file, categories);
        List<SizeEntry> sizes = reader.bindEntries(file, lists.get(SIZES), SizeEntry.class,
                size -> String.valueOf(size.size()), new SizeCheck());
        requireEverySizeInOrder(file, sizes);
        List<IdeaEntry> ideas = reader.bindEntries(file, lists.get(IDEAS), IdeaEntry.class, IdeaEntry::id,
                GoalIdeasChecks::idea);
        requireEveryCategoryAtEverySize(file, ideas);
        return new GoalIdeas(
                categories.stream().map(entry -> new GoalCategoryInfo(known(entry.id()), entry.name(), entry.about())).toList(),
                sizes.stream().map(entry -> new GoalSizeInfo(entry.size(), entry.name(), entry.about())).toList(),
                ideas.stream().map(entry -> new GoalIdea(entry.id(), entry.title(), known(entry.category()), entry.size(),
                        entry.why())).toList());
    }

    static void category(CategoryEntry category, EntryFields fields) {
        fields.requireId(category.id());
        if (GoalCategory.fromId(category.id()).isEmpty()) {
            throw fields.problem("id", "there is no category \"" + category.id() + "\"; the categories are " + CATEGORY_LIST);
        }
        requireLine(fields, "name", category.name(), Integer.MAX_VALUE);
        requireLine(fields, "about", category.about(), Integer.MAX_VALUE);
    }

    static void idea(IdeaEntry idea, EntryFields fields) {
        fields.requireId(idea.id());
        requireLine(fields, "title", idea.title(), GoalIdeas.TITLE_LIMIT);
        fields.requireText("category", idea.category());
        if (GoalCategory.fromId(idea.category()).isEmpty()) {
            throw fields.problem("category", "there is no category \"" + idea.category() + "\"; use one of " + CATEGORY_LIST);
        }
        requireSize(fields, idea.size());
        requireLine(fields, "why", idea.why(), GoalIdeas.WHY_LIMIT);
    }

    /** Checks each size entry and remembers the sizes seen, so a size given twice names both entries. */
    private static final class SizeCheck implements EntryCheck<SizeEntry> {
        private final List<Integer> seen = new ArrayList<>();

        @Override
        public void check(SizeEntry entry, EntryFields fields) {
            requireSize(fields, entry.size());
            int earlier = seen.indexOf(entry.size());
            if (earlier >= 0) {
                throw fields.problem("size", "size " + entry.size() + " is already described by entry #" + earlier);
            }
            seen.add(entry.size());
            requireLine(fields, "name", entry.name(), Integer.MAX_VALUE);
            requireLine(fields, "about", entry.about(), Integer.MAX_VALUE);
        }
    }

    private static void requireSize(EntryFields fields, Integer size) {
        if (size == null) {
            throw fields.problem("size", "is missing");
        }
        fields.requireRangeIfSet("size", size, GoalPlan.SMALLEST, GoalPlan.LARGEST);
    }

    /** Required text on a single line, at most {@code limit} characters long. */
    private static void requireLine(EntryFields fields, String field, String value, int limit) {
        fields.requireText(field, value);
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw fields.problem(field, "holds a line break; keep it to one line");
        }
        if (value.length() > limit) {
            throw fields.problem(field, "is " + value.length() + " characters long; keep it to " + limit + " or fewer");
        }
    }

    /** The Goals screen names every category, so each needs its words, and the file keeps the enum's order. */
    private static void requireEveryCategoryInOrder(String file, List<CategoryEntry> categories) {
        Set<String> present = categories.stream().map(CategoryEntry::id).collect(Collectors.toSet());
        for (String id : CATEGORY_IDS) {
            if (!present.contains(id)) {
                throw new ContentException(file, null, CATEGORIES, "there is no entry for the category \"" + id + "\"");
            }
        }
        for (int i = 0; i < categories.size(); i++) {
            if (!categories.get(i).id().equals(CATEGORY_IDS.get(i))) {
                throw new ContentException(file, categories.get(i).id(), "id", "expected the category \"" + CATEGORY_IDS.get(i)
                        + "\" here; the categories come in the order " + CATEGORY_LIST);
            }
        }
    }

    private static void requireEverySizeInOrder(String file, List<SizeEntry> sizes) {
        Set<Integer> present = sizes.stream().map(SizeEntry::size).collect(Collectors.toSet());
        for (int size = GoalPlan.SMALLEST; size <= GoalPlan.LARGEST; size++) {
            if (!present.contains(size)) {
                throw new ContentException(file, null, SIZES, "there is no entry for size " + size);
            }
        }
        for (int i = 0; i < sizes.size(); i++) {
            int expected = GoalPlan.SMALLEST + i;
            if (sizes.get(i).size() != expected) {
                throw new ContentException(file, "#" + i, "size", "expected size " + expected + " here; sizes come smallest first, from "
                        + GoalPlan.SMALLEST + " to " + GoalPlan.LARGEST);
            }
        }
    }

    /** Whatever size a person picks in whatever category, there is at least one idea to offer. */
    private static void requireEveryCategoryAtEverySize(String file, List<IdeaEntry> ideas) {
        Set<String> covered = ideas.stream().map(idea -> idea.category() + " " + idea.size()).collect(Collectors.toSet());
        for (String category : CATEGORY_IDS) {
            for (int size = GoalPlan.SMALLEST; size <= GoalPlan.LARGEST; size++) {
                if (!covered.contains(category + " " + size)) {
                    throw new ContentException(file, null, IDEAS,
                            "the category \"" + category + "\" has no idea of size " + size + "; every category needs one at each size");
                }
            }
        }
    }

    private static GoalCategory known(String id) {
        return GoalCategory.fromId(id).orElseThrow();
    }
}
