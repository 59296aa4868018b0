package app.groundwork.content;

import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalPlan;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The words of the Goals feature ({@code goal-ideas.json}): each category's friendly name, each step size's name,
 * and the library of ready-made steps. A library that loaded has every category and every size, and at least one
 * idea for every category at every size.
 */
public final class GoalIdeas {
    /** The longest an idea's title may be, in characters. */
    public static final int TITLE_LIMIT = 80;
    /** The longest an idea's reason may be, in characters. */
    public static final int WHY_LIMIT = 160;

    private final List<GoalCategoryInfo> categories;
    private final Map<GoalCategory, GoalCategoryInfo> categoryByKey = new EnumMap<>(GoalCategory.class);
    private final List<GoalSizeInfo> sizes;
    private final List<GoalIdea> ideas;
    private final Map<String, GoalIdea> ideaById = new LinkedHashMap<>();

    /**
     * Holds the given words as they are; {@link ContentLibrary#load} checks them first. Tests may build a partial
     * set by hand.
     */
    public GoalIdeas(List<GoalCategoryInfo> categories, List<GoalSizeInfo> sizes, List<GoalIdea> ideas) {
        this.categories = categories.stream().sorted(Comparator.comparing(GoalCategoryInfo::category)).toList();
        this.categories.forEach(info -> categoryByKey.put(info.category(), info));
        this.sizes = sizes.stream().sorted(Comparator.comparingInt(GoalSizeInfo::size)).toList();
        this.ideas = List.copyOf(ideas);
        this.ideas.forEach(idea -> ideaById.putIfAbsent(idea.id(), idea));
    }

    /** One per category, in {@link GoalCategory} order. */
    public List<GoalCategoryInfo> categories() {
        return categories;
    }

    /** @throws NoSuchElementException only for a set built by hand without that category */
    public GoalCategoryInfo category(GoalCategory category) {
        GoalCategoryInfo info = categoryByKey.get(category);
        if (info == null) {
            throw new NoSuchElementException("the goal ideas have no category \"" + category.id() + "\"");
        }
        return info;
    }

    /** The friendly name, for example "Time on my own" for {@link GoalCategory#SOLO}. */
    public String categoryName(GoalCategory category) {
        return category(category).name();
    }

    /** One per size, smallest first. */
    public List<GoalSizeInfo> sizes() {
        return sizes;
    }

    /**
     * The words for one size.
     *
     * @throws NoSuchElementException for a size outside {@link GoalPlan#SMALLEST}–{@link GoalPlan#LARGEST}, or one
     *                                left out of a set built by hand
     */
    public GoalSizeInfo size(int size) {
        for (GoalSizeInfo info : sizes) {
            if (info.size() == size) {
                return info;
            }
        }
        throw new NoSuchElementException("the goal ideas have no size " + size + "; sizes run from "
                + GoalPlan.SMALLEST + " to " + GoalPlan.LARGEST);
    }

    /** Every idea, in file order. */
    public List<GoalIdea> ideas() {
        return ideas;
    }

    public Optional<GoalIdea> idea(String id) {
        return Optional.ofNullable(ideaById.get(id));
    }

    /** The ideas of one category, in file order. */
    public List<GoalIdea> ideas(GoalCategory category) {
        return ideas.stream().filter(idea -> idea.category() == category).toList();
    }

    /** The ideas of one category and size, in file order; never empty for a loaded library and a size of 1–5. */
    public List<GoalIdea> ideas(GoalCategory category, int size) {
        return ideas.stream().filter(idea -> idea.category() == category && idea.size() == size).toList();
    }
}
