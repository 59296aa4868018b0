package app.groundwork.content;

/**
 * A part of the world whose helplines Groundwork ships, for example {@code uk-ie} (the United Kingdom and Ireland).
 *
 * @param id             stable id, kept in the settings file as the person's region
 * @param name           what the person sees in the region choice
 * @param findingTherapy two or three calm sentences on how to find talking therapy there
 */
public record HelplineRegion(String id, String name, String findingTherapy) {
    /** The region whose lines are shown after every other region's, so a directory is always at hand. */
    public static final String INTERNATIONAL = "international";
}
