package app.groundwork.content;

/** The rules one kind of entry must follow beyond its JSON shape: required text, allowed values, known ids. */
@FunctionalInterface
interface EntryCheck<T> {
    void check(T entry, EntryFields fields);
}
