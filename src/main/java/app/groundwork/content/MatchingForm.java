package app.groundwork.content;

/**
 * The form a person's text is matched in by the crisis lexicon and the trap cues, whose patterns are written in it:
 * lower case; {@code '} for any apostrophe or single quote; {@code "} for any double quote; {@code -} for any dash
 * or hyphen; a space for any kind of space or line break. Every other character stays as it is. One character
 * always maps to one, so a match in the matching form has the same place in the text as written.
 */
public final class MatchingForm {
    private MatchingForm() {
    }

    public static char of(char c) {
        switch (c) {
            case '\u2019', '\u2018', '\u201B', '\u02BC', '\u2032', '`', '\u00B4', '\uFF07':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02':
                return '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D':
                return '-';
            default:
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    return ' ';
                }
                return Character.toLowerCase(c);
        }
    }
}
