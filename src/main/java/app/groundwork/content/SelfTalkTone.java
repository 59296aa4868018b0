package app.groundwork.content;

/** Which side of the self-talk meter a phrase counts on. */
public enum SelfTalkTone {
    /** A harsh verdict on oneself: "I'm such an idiot", "what's wrong with me". */
    CRITICAL,
    /** Understanding toward oneself: "I did my best", "it's okay to rest". */
    KIND
}
