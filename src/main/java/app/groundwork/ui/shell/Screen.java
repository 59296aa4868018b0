package app.groundwork.ui.shell;

/** The screens in the navigation, in order. Only finished screens are listed. */
public enum Screen {
    TODAY("nav.today"),
    CHECKIN("nav.checkin"),
    REFRAME("nav.reframe"),
    GOALS("nav.goals"),
    WINS("nav.wins"),
    JOURNAL("nav.journal"),
    PROGRESS("nav.progress"),
    ASSESSMENTS("nav.assessments"),
    PRACTICES("nav.practices"),
    SETTINGS("nav.settings");

    private final String labelKey;

    Screen(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Ctrl/Cmd + this digit opens the screen: 1 for the first, and 0 for the tenth, as on the keyboard's row. */
    public int shortcutDigit() {
        return (ordinal() + 1) % 10;
    }
}
