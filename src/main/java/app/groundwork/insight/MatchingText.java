package app.groundwork.insight;

import app.groundwork.content.MatchingForm;

/**
 * A person's text in the form the crisis lexicon's and the trap cues' patterns are written for (see
 * {@link MatchingForm}), with runs of spaces and line breaks shortened to one space and invisible formatting
 * characters (soft hyphens, zero-width joiners) left out. {@code origin[i]} is where character {@code i} came from in
 * the written text, so every match can be reported in the person's own words.
 */
record MatchingText(String original, String text, int[] origin) {
    static MatchingText of(String original) {
        StringBuilder text = new StringBuilder(original.length());
        int[] origin = new int[original.length()];
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            char plain = MatchingForm.of(c);
            if (plain == ' ' && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
                continue;
            }
            origin[text.length()] = i;
            text.append(plain);
        }
        return new MatchingText(original, text.toString(), origin);
    }

    /** The written words behind {@code text[start, end)}. */
    String original(int start, int end) {
        return original.substring(origin[start], origin[end - 1] + 1);
    }
}
