package app.groundwork.demo;

/** Where the person stands in recovering from whatever weighs on them; it sets the tone of what they write. */
enum Phase {
    /** The first stunned weeks: short, heavy, self-critical writing. */
    RAW("raw"),
    /** Getting better unevenly: small steps, first reframes. */
    HEALING("healing"),
    /** Ordinary life with its ordinary ups and downs. */
    STEADY("steady");

    private final String key;

    Phase(String key) {
        this.key = key;
    }

    /** The suffix of this phase's phrase pools, e.g. {@code raw} in {@code questions.raw}. */
    String key() {
        return key;
    }
}
