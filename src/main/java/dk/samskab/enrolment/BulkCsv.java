package dk.samskab.enrolment;

import dk.samskab.organisation.MembershipRole;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV of people for bulk enrolment (name, e-mail, organisation, role) and checks every
 * line before anything is written. UTF-8 with or without a byte order mark; comma or semicolon
 * (as Danish spreadsheet programs write it). Lines with the same e-mail are one person.
 */
public final class BulkCsv {

    /** Most lines in one file. */
    public static final int MAX_ROWS = 20_000;

    /** A problem on a line (1 is the header), with a bundle key bulk.problem.&lt;kind&gt; and its value. */
    public record Problem(int line, String kind, String value) {
    }

    /** One person to enrol, with their memberships (organisation code → role). */
    public record Person(String name, String email, Map<String, MembershipRole> memberships, int line) {
    }

    public record Result(List<Person> people, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Map<String, MembershipRole> ROLES = Map.ofEntries(
            Map.entry("fagprofessionel", MembershipRole.PROFESSIONAL), Map.entry("professional", MembershipRole.PROFESSIONAL),
            Map.entry("leder", MembershipRole.LEADER), Map.entry("leader", MembershipRole.LEADER),
            Map.entry("frivillig", MembershipRole.VOLUNTEER), Map.entry("volunteer", MembershipRole.VOLUNTEER),
            Map.entry("frivilligkoordinator", MembershipRole.VOLUNTEER_COORDINATOR),
            Map.entry("volunteer_coordinator", MembershipRole.VOLUNTEER_COORDINATOR),
            Map.entry("volunteer coordinator", MembershipRole.VOLUNTEER_COORDINATOR));

    private static final Map<String, String> COLUMNS = Map.of("navn", "name", "name", "name", "e-mail", "email", "email", "email",
            "organisation", "organisation", "rolle", "role", "role", "role");

    private BulkCsv() {
    }

    /**
     * Text a spreadsheet could run as a formula: =, +, - or @ at the start of the field, or just
     * after a comma, semicolon, tab or line break inside it (where a program that splits on
     * that character would start a new cell).
     */
    private static final Pattern FORMULA = Pattern.compile("(^|[,;\\t\\r\\n])\\s*[=+\\-@]");

    /** As read(content, inScope, known, outsiders) when no e-mail in the file belongs to anyone yet. */
    public static Result read(byte[] content, Set<String> inScope, Set<String> known) {
        return read(content, inScope, known, emails -> Set.of());
    }

    /**
     * @param inScope organisation codes the manager may enrol people from
     * @param known every organisation code there is (to tell "unknown" from "not yours")
     * @param outsiders given the e-mails of the good lines, those that belong to existing people
     *        the manager may not enrol (called once, after every line has been read)
     */
    public static Result read(byte[] content, Set<String> inScope, Set<String> known,
            Function<Collection<String>, Set<String>> outsiders) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new Result(List.of(), List.of(new Problem(1, "encoding", "")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Result(List.of(), List.of(new Problem(1, "empty", "")));
        }
        char separator = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        List<Problem> problems = new ArrayList<>();
        Map<String, Person> people = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get()).get()) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = header(record, problems);
                    if (columns == null) {
                        return new Result(List.of(), problems);
                    }
                    continue;
                }
                if (record.getRecordNumber() > MAX_ROWS + 1) {
                    return new Result(List.of(), List.of(new Problem(line, "tooMany", Integer.toString(MAX_ROWS))));
                }
                row(record, columns, line, inScope, known, problems, people);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new Problem(openQuoteLine(text, separator), "quotes", ""));
        }
        if (people.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, "noRows", ""));
        }
        if (!people.isEmpty()) {
            Set<String> refused = outsiders.apply(List.copyOf(people.keySet()));
            people.values().stream().filter(p -> refused.contains(p.email()))
                    .forEach(p -> problems.add(new Problem(p.line(), "personOutOfScope", p.email())));
        }
        problems.sort(Comparator.comparingInt(Problem::line));
        return new Result(problems.isEmpty() ? List.copyOf(people.values()) : List.of(), problems);
    }

    /**
     * The line on which a quoted field opens that never closes, read the way the CSV parser
     * reads quotes: a quote opens a field only at its start, and two quotes inside stand for one.
     * The parser itself only knows that the file ended too early. A stray quote after a closed
     * field is reported on its own line.
     */
    static int openQuoteLine(String text, char separator) {
        int line = 1;
        int openedOn = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean newLine = c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    fieldStart = false;
                    // Anything but a separator, spaces or a line break after the closing quote is an error here.
                    int next = i + 1;
                    while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                        next++;
                    }
                    if (next < text.length() && "\r\n".indexOf(text.charAt(next)) < 0 && text.charAt(next) != separator) {
                        return line;
                    }
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                openedOn = line;
            } else {
                fieldStart = c == separator || newLine;
            }
            if (newLine) {
                line++;
            }
        }
        return quoted ? openedOn : line;
    }

    private static Map<String, Integer> header(CSVRecord record, List<Problem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String column = COLUMNS.get(record.get(i).strip().toLowerCase(Locale.ROOT));
            if (column != null) {
                columns.put(column, i);
            }
        }
        if (columns.size() != 4) {
            problems.add(new Problem(1, "header", String.join(", ", record.toList())));
            return null;
        }
        return columns;
    }

    private static void row(CSVRecord record, Map<String, Integer> columns, int line, Set<String> inScope, Set<String> known,
            List<Problem> problems, Map<String, Person> people) {
        if (record.size() != columns.size() && record.size() < 4) {
            problems.add(new Problem(line, "columns", Integer.toString(record.size())));
            return;
        }
        int before = problems.size();
        String name = cell(record, columns.get("name"), line, problems);
        String email = cell(record, columns.get("email"), line, problems).toLowerCase(Locale.ROOT);
        String organisation = cell(record, columns.get("organisation"), line, problems).toLowerCase(Locale.ROOT);
        String roleText = cell(record, columns.get("role"), line, problems).toLowerCase(Locale.ROOT);
        if (problems.size() > before) {
            return;
        }
        check(name.isEmpty(), line, "nameMissing", "", problems);
        check(name.length() > 200, line, "nameTooLong", "", problems);
        check(email.isEmpty(), line, "emailMissing", "", problems);
        check(!email.isEmpty() && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}")), line, "emailInvalid",
                email, problems);
        check(organisation.isEmpty(), line, "organisationMissing", "", problems);
        check(!organisation.isEmpty() && !known.contains(organisation), line, "organisationUnknown", organisation, problems);
        check(known.contains(organisation) && !inScope.contains(organisation), line, "organisationOutOfScope", organisation,
                problems);
        MembershipRole role = ROLES.get(roleText);
        check(roleText.isEmpty(), line, "roleMissing", "", problems);
        check(!roleText.isEmpty() && role == null, line, "roleUnknown", roleText, problems);
        if (problems.size() > before) {
            return;
        }
        Person earlier = people.get(email);
        if (earlier == null) {
            Map<String, MembershipRole> memberships = new LinkedHashMap<>();
            memberships.put(organisation, role);
            people.put(email, new Person(name, email, memberships, line));
        } else if (!earlier.name().equalsIgnoreCase(name)) {
            problems.add(new Problem(line, "duplicateName", email + " (" + earlier.line() + ")"));
        } else {
            earlier.memberships().putIfAbsent(organisation, role);
        }
    }

    /** A cell, stripped; text a spreadsheet would run as a formula, or control characters, are refused. */
    private static String cell(CSVRecord record, int index, int line, List<Problem> problems) {
        String value = index < record.size() ? record.get(index).strip() : "";
        if (FORMULA.matcher(value).find()) {
            problems.add(new Problem(line, "formula", value));
        } else if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            problems.add(new Problem(line, "control", ""));
        }
        return value;
    }

    private static void check(boolean failed, int line, String kind, String value, List<Problem> problems) {
        if (failed) {
            problems.add(new Problem(line, kind, value));
        }
    }
}
