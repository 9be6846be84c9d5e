package dk.samskab.authoring.form;

import dk.samskab.catalogue.CourseDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * A rubric criterion in the editor: its two texts, and the keys of the learning outcomes it
 * assesses, kept with the row so that removing or reordering rows keeps each link right.
 */
public class CriterionField extends TextField {

    private static final long serialVersionUID = 1L;

    private ArrayList<String> outcomes = new ArrayList<>();

    public static CriterionField of(CourseDefinition.Criterion criterion) {
        CriterionField field = new CriterionField();
        field.setDa(criterion.text().da());
        field.setEn(criterion.text().en());
        field.outcomes = new ArrayList<>(criterion.outcomes());
        return field;
    }

    /** A row the editor added is a plain text field: it assesses no outcome yet. */
    static CourseDefinition.Criterion toCriterion(TextField field) {
        List<String> outcomes = field instanceof CriterionField criterion ? List.copyOf(criterion.outcomes) : List.of();
        return new CourseDefinition.Criterion(field.toText(), outcomes);
    }

    public List<String> getOutcomes() {
        return outcomes;
    }
}
