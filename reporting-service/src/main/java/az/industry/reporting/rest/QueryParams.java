package az.industry.reporting.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import az.industry.common.problem.ProblemException;
import az.industry.common.problem.Violation;
import az.industry.common.validation.EarliestDate;
import az.industry.common.validation.PlainTextValidator;
import az.industry.contracts.zone.ZoneCatalogue;

/**
 * Reads the report API's query parameters and collects one violation per bad field; {@link #check()} then
 * answers 400, or 422 when the only fault is a well-formed zone id that is not in the catalogue.
 */
final class QueryParams {

    /** The earliest date a record may carry, and the last a window may name. */
    static final LocalDate EARLIEST = LocalDate.parse(EarliestDate.EARLIEST);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final List<Violation> malformed = new ArrayList<>();
    private final List<Violation> unknown = new ArrayList<>();

    /** The optional, inclusive {@code from..to} record-date window of a report. */
    record Window(LocalDate from, LocalDate to) {
    }

    /** The {@code from}/{@code to} parameters: ISO dates, {@code from} not after {@code to}. */
    Window window(String from, String to) {
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        if (f != null && t != null && f.isAfter(t)) {
            malformed.add(new Violation("from", "must not be after 'to'"));
        }
        return new Window(f, t);
    }

    /** An ISO date, or null when absent. */
    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                malformed.add(new Violation(field, "must be a date from " + EARLIEST + " to " + LATEST));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            malformed.add(new Violation(field, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    /** One of {@code type}'s constants, named case-insensitively; null when absent and not required. */
    <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required, boolean lowerCase) {
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> lowerCase ? e.name().toLowerCase(Locale.ROOT) : e.name())
                .collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            if (required) {
                malformed.add(new Violation(field, "is required; one of " + allowed));
            }
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        malformed.add(new Violation(field, "must be one of " + allowed));
        return null;
    }

    /** A zone id of the catalogue, or null when absent. */
    String zone(String field, String value, ZoneCatalogue catalogue) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!catalogue.contains(value)) {
            unknown.add(new Violation(field, "unknown zone; see GET /api/zones"));
        }
        return value;
    }

    /** An integer in {@code min..max}; {@code absent} when not given. */
    Integer integer(String field, String value, int min, int max, Integer absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            String digits = value.strip();
            if (!digits.matches("[-+]?[0-9]{1,10}")) { // ASCII digits only (parseInt also reads other scripts' digits)
                throw new NumberFormatException(digits);
            }
            int n = Integer.parseInt(digits);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        malformed.add(new Violation(field, "must be an integer from " + min + " to " + max));
        return absent;
    }

    /** An ISO 3166-1 alpha-2 country code (read case-insensitively, answered in upper case), or null when absent. */
    String country(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            malformed.add(new Violation(field, "must be an ISO 3166-1 alpha-2 country code, e.g. IT"));
        }
        return code;
    }

    /** Free text of at most {@code max} characters, or null when absent. */
    String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            malformed.add(new Violation(field, "must be at most " + max + " characters"));
        }
        String problem = PlainTextValidator.problem(value, true); // a search may hold tabs; no other control character
        if (problem != null) {
            malformed.add(new Violation(field, problem));
        }
        return value;
    }

    /** {@code true} or {@code false} (any case); false when absent. */
    boolean flag(String field, String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        malformed.add(new Violation(field, "must be true or false"));
        return false;
    }

        /** {@code format}: absent, {@code json} or {@code csv} (the request filter has already set Accept from it). */
    void format(String value) {
        if (value != null && !value.isBlank() && !value.strip().equalsIgnoreCase("json")
                && !value.strip().equalsIgnoreCase("csv")) {
            malformed.add(new Violation("format", "must be json or csv"));
        }
    }

    /** Adds a violation of {@code field} found by the caller. */
    void invalid(String field, String message) {
        malformed.add(new Violation(field, message));
    }

    /** Throws the problem for the violations collected, if any. */
    void check() {
        if (!malformed.isEmpty()) {
            List<Violation> all = new ArrayList<>(malformed);
            all.addAll(unknown);
            throw ProblemException.invalid(all);
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable(unknown);
        }
    }
}
