package app.groundwork.content;

/**
 * One example of answering the inner critic: the harsh words, and a balanced answer that treats the setback as
 * something that happened rather than as a verdict on who the person is.
 *
 * @param critic   the critic's words, as they might come
 * @param balanced a kinder, fair answer to them
 */
public record AlternativeExample(String id, String critic, String balanced) {
}
