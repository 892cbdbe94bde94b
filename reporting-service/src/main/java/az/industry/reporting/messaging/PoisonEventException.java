package az.industry.reporting.messaging;

/** An event that can never be applied (unparseable, unknown type, invalid); it goes to the dead-letter topic. */
public class PoisonEventException extends Exception {

    public PoisonEventException(String reason) {
        super(reason, null, false, false);
    }
}
