package az.industry.infra;

/** The launcher's progress lines: the part (kafka, postgres, a service) in a column of its own, then what happens to it. */
final class CliOutput {

    private CliOutput() {
    }

    static void say(String part, String message) {
        System.out.printf("%-11s %s%n", part, message);
    }
}
