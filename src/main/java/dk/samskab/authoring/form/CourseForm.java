package dk.samskab.authoring.form;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.Audience;
import dk.samskab.catalogue.CompetenceTheme;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseDocument;
import dk.samskab.catalogue.CourseFormat;
import dk.samskab.catalogue.Reference;
import dk.samskab.catalogue.SectorArea;
import dk.samskab.catalogue.WorkloadItem;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Every field of a course as the editor binds it; turns back into a CourseDefinition for saving and validation. */
public class CourseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private TextField title = new TextField();
    private TextField summary = new TextField();
    private TextField description = new TextField();
    private List<Audience> audiences = new ArrayList<>();
    private List<SectorArea> sectorAreas = new ArrayList<>();
    private List<CompetenceTheme> competenceThemes = new ArrayList<>();
    private CourseFormat format = CourseFormat.SELF_PACED;
    private int durationWeeks = 4;
    private BigDecimal workloadHours = BigDecimal.TEN;
    private BigDecimal ects;
    private Integer qualificationLevel;
    private String awardingProvider;
    private List<TextField> knowledge = new ArrayList<>();
    private List<TextField> skills = new ArrayList<>();
    private List<TextField> competences = new ArrayList<>();
    private AssessmentScale scale = AssessmentScale.PASS_FAIL;
    private boolean hasFinalAssignment;
    private TextField finalTitle = new TextField();
    private TextField finalPrompt = new TextField();
    private List<TextField> finalRubric = new ArrayList<>();
    private List<ModuleForm> modules = new ArrayList<>();

    // Edited as files (course.yaml, documents/) and carried through the editor unchanged.
    private ArrayList<WorkloadItem> workloadBreakdown = new ArrayList<>();
    private ArrayList<Reference> readingList = new ArrayList<>();
    private ArrayList<CourseDocument> documents = new ArrayList<>();
    private CourseDefinition.Exam exam;
    // What each grade means, by grade; the page shows the grades of the chosen scale.
    private LinkedHashMap<String, TextField> descriptors = new LinkedHashMap<>();

    /** The grades of each scale that the editor describes, best first. */
    private static final List<String> SEVEN_POINT_GRADES = List.of("12", "10", "7", "4", "02", "00", "-3");
    private static final List<String> PASS_FAIL_GRADES = List.of("passed", "not_passed");

    /** One grade of the chosen scale and what earns it. */
    public record DescriptorRow(String grade, TextField field) {
    }

    /** A row for every grade of the chosen scale; empty rows are left out on save. */
    public List<DescriptorRow> getDescriptorRows() {
        List<String> grades = switch (scale) {
            case SEVEN_POINT -> SEVEN_POINT_GRADES;
            case PASS_FAIL -> PASS_FAIL_GRADES;
            case NONE -> List.of();
        };
        return grades.stream().map(g -> new DescriptorRow(g, descriptors.computeIfAbsent(g, x -> new TextField()))).toList();
    }

    public static CourseForm of(CourseDefinition c) {
        CourseForm f = new CourseForm();
        f.code = c.code();
        f.title = TextField.of(c.title());
        f.summary = TextField.of(c.summary());
        f.description = TextField.of(c.description());
        f.audiences = new ArrayList<>(c.audiences());
        f.sectorAreas = new ArrayList<>(c.sectorAreas());
        f.competenceThemes = new ArrayList<>(c.competenceThemes());
        f.format = c.format();
        f.durationWeeks = c.durationWeeks();
        f.workloadHours = c.workloadHours();
        f.ects = c.ects();
        f.qualificationLevel = c.qualificationLevel();
        f.awardingProvider = c.awardingProvider();
        f.workloadBreakdown = new ArrayList<>(c.workloadBreakdown());
        f.readingList = new ArrayList<>(c.readingList());
        f.documents = new ArrayList<>(c.documents());
        f.exam = c.assessment().exam();
        c.learningOutcomes().knowledge().forEach(t -> f.knowledge.add(TextField.of(t)));
        c.learningOutcomes().skills().forEach(t -> f.skills.add(TextField.of(t)));
        c.learningOutcomes().competences().forEach(t -> f.competences.add(TextField.of(t)));
        f.scale = c.assessment().scale();
        CourseDefinition.FinalAssignment a = c.assessment().finalAssignment();
        f.hasFinalAssignment = a != null;
        if (a != null) {
            f.finalTitle = TextField.of(a.title());
            f.finalPrompt = TextField.of(a.prompt());
            a.rubric().forEach(r -> f.finalRubric.add(CriterionField.of(r)));
            a.gradeDescriptors().forEach(d -> f.descriptors.put(d.grade(), TextField.of(d.text())));
        }
        c.modules().forEach(m -> f.modules.add(ModuleForm.of(m)));
        // An empty list shows one empty row, so the author sees where to write; empty rows are dropped on save.
        for (List<TextField> list : List.of(f.knowledge, f.skills, f.competences, f.finalRubric)) {
            if (list.isEmpty()) {
                list.add(new TextField());
            }
        }
        return f;
    }

    public CourseDefinition toDefinition() {
        CourseDefinition.FinalAssignment assignment = hasFinalAssignment
                ? new CourseDefinition.FinalAssignment(finalTitle.toText(), finalPrompt.toText(), finalRubric.stream()
                        .filter(f -> !f.isEmpty()).map(CriterionField::toCriterion).toList(), getDescriptorRows().stream()
                        .filter(row -> !row.field().isEmpty())
                        .map(row -> new CourseDefinition.GradeDescriptor(row.grade(), row.field().toText())).toList())
                : null;
        boolean noEcts = ects == null || ects.signum() == 0;
        return new CourseDefinition(code, title.toText(), summary.toText(), description.toText(), List.copyOf(audiences),
                List.copyOf(sectorAreas), List.copyOf(competenceThemes), format, durationWeeks, workloadHours,
                noEcts ? null : ects, qualificationLevel, awardingProvider == null || awardingProvider.isBlank() ? null : awardingProvider,
                List.copyOf(workloadBreakdown),
                new CourseDefinition.LearningOutcomes(texts(knowledge), texts(skills), texts(competences)),
                new CourseDefinition.Assessment(scale, assignment, exam), List.copyOf(readingList),
                modules.stream().map(ModuleForm::toModule).toList(), List.copyOf(documents));
    }

    private static List<dk.samskab.platform.Text> texts(List<TextField> fields) {
        return fields.stream().filter(f -> !f.isEmpty()).map(TextField::toText).toList();
    }

    public String getCode() {
        return code;
    }

    public TextField getTitle() {
        return title;
    }

    public TextField getSummary() {
        return summary;
    }

    public TextField getDescription() {
        return description;
    }

    public List<Audience> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<Audience> audiences) {
        this.audiences = audiences;
    }

    public List<SectorArea> getSectorAreas() {
        return sectorAreas;
    }

    public void setSectorAreas(List<SectorArea> sectorAreas) {
        this.sectorAreas = sectorAreas;
    }

    public List<CompetenceTheme> getCompetenceThemes() {
        return competenceThemes;
    }

    public void setCompetenceThemes(List<CompetenceTheme> competenceThemes) {
        this.competenceThemes = competenceThemes;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public void setFormat(CourseFormat format) {
        this.format = format;
    }

    public int getDurationWeeks() {
        return durationWeeks;
    }

    public void setDurationWeeks(int durationWeeks) {
        this.durationWeeks = durationWeeks;
    }

    public BigDecimal getWorkloadHours() {
        return workloadHours;
    }

    public void setWorkloadHours(BigDecimal workloadHours) {
        this.workloadHours = workloadHours;
    }

    public BigDecimal getEcts() {
        return ects;
    }

    public void setEcts(BigDecimal ects) {
        this.ects = ects;
    }

    public Integer getQualificationLevel() {
        return qualificationLevel;
    }

    public void setQualificationLevel(Integer qualificationLevel) {
        this.qualificationLevel = qualificationLevel;
    }

    public String getAwardingProvider() {
        return awardingProvider;
    }

    public void setAwardingProvider(String awardingProvider) {
        this.awardingProvider = awardingProvider;
    }

    public List<TextField> getKnowledge() {
        return knowledge;
    }

    public List<TextField> getSkills() {
        return skills;
    }

    public List<TextField> getCompetences() {
        return competences;
    }

    public AssessmentScale getScale() {
        return scale;
    }

    public void setScale(AssessmentScale scale) {
        this.scale = scale;
    }

    public boolean isHasFinalAssignment() {
        return hasFinalAssignment;
    }

    public void setHasFinalAssignment(boolean hasFinalAssignment) {
        this.hasFinalAssignment = hasFinalAssignment;
    }

    public TextField getFinalTitle() {
        return finalTitle;
    }

    public TextField getFinalPrompt() {
        return finalPrompt;
    }

    public List<TextField> getFinalRubric() {
        return finalRubric;
    }

    public List<ModuleForm> getModules() {
        return modules;
    }
}
