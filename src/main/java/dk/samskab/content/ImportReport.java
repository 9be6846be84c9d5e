package dk.samskab.content;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** What an import did: nothing at all when there were problems; otherwise which courses changed. */
public record ImportReport(Instant at, List<Problem> problems, List<String> created, List<String> newVersions,
        List<String> unchanged) {

    static ImportReport failed(List<Problem> problems) {
        return new ImportReport(Instant.now(), problems.stream().sorted().toList(), List.of(), List.of(), List.of());
    }

    /** The problems as file:line: message, in the given language. */
    public List<String> problems(Locale locale) {
        return problems.stream().map(p -> p.toString(locale)).toList();
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    @Override
    public String toString() {
        if (!succeeded()) {
            return problems.size() + " problem(s), nothing imported:\n" + String.join("\n",
                    problems.stream().map(Problem::toString).toList());
        }
        return "created " + created + ", new versions " + newVersions + ", unchanged " + unchanged;
    }
}
