package dk.samskab.elearning;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A package that cannot be imported, with every problem found in it. */
public class PackageRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<PackageProblem> problems;

    public PackageRefusedException(List<PackageProblem> problems) {
        super(problems.stream().map(p -> p.text(Locale.ENGLISH)).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        this.problems = List.copyOf(problems);
    }

    public List<PackageProblem> problems() {
        return problems;
    }
}
