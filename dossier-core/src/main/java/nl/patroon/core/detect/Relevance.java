package nl.patroon.core.detect;

/**
 * How a suggestion bears on the case, from who wrote to whom (party roles, conversation participants).
 * The default timeline and review queue show BEHAVIOUR and ACCOUNT; OTHER stays searchable and listed.
 */
public enum Relevance {
    /** The suspect's own acts or words toward the victim, the children, family or a new partner. */
    BEHAVIOUR,
    /** Someone describes such behaviour: the victim to a friend, a report, Veilig Thuis, school, a doctor. */
    ACCOUNT,
    /** Everything else: banter between friends, group chats without the suspect, the victim's own jokes. */
    OTHER
}
