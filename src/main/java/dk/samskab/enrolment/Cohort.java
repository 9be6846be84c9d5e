package dk.samskab.enrolment;

import dk.samskab.catalogue.CourseVersion;
import dk.samskab.organisation.Organisation;
import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of one course version with dates, an optional number of seats and an optional enrolment
 * key, for the organisations it is meant for (a municipality and its partners: a mixed cohort).
 */
@Entity
@Table(name = "cohort")
@NamedQuery(name = Cohort.OF_COURSE, query = "SELECT c FROM Cohort c WHERE c.courseVersion.course.code = :code"
        + " AND c.endsOn >= :today ORDER BY c.startsOn")
@NamedQuery(name = Cohort.BY_INVITE, query = "SELECT c FROM Cohort c WHERE c.inviteToken = :token")
@NamedQuery(name = Cohort.ALL_OPEN, query = "SELECT c FROM Cohort c WHERE c.endsOn >= :today ORDER BY c.startsOn, c.name")
public class Cohort extends BaseEntity {

    public static final String BY_INVITE = "Cohort.byInvite";
    public static final String ALL_OPEN = "Cohort.allOpen";

    public static final String OF_COURSE = "Cohort.ofCourse";

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    @Column(nullable = false)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    private Integer capacity;

    @Column(name = "enrolment_key")
    private String enrolmentKey;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Column(name = "reminders_enabled", nullable = false)
    private boolean remindersEnabled = true;

    @Column(name = "invite_token")
    private String inviteToken;

    @ManyToMany
    @JoinTable(name = "cohort_organisation", joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private List<Organisation> organisations = new ArrayList<>();

    protected Cohort() {
    }

    public Cohort(CourseVersion courseVersion, String name, LocalDate startsOn, LocalDate endsOn, Integer capacity,
            String enrolmentKey) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A cohort cannot end before it starts");
        }
        if (capacity != null && capacity < 1) {
            throw new IllegalArgumentException("A cohort needs at least one seat");
        }
        this.courseVersion = courseVersion;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.capacity = capacity;
        this.enrolmentKey = enrolmentKey == null || enrolmentKey.isBlank() ? null : enrolmentKey.strip();
    }

    /** New settings from the cohort's instructor; the caller has checked them. */
    void change(String name, LocalDate startsOn, LocalDate endsOn, Integer capacity, String enrolmentKey, boolean approval,
            List<Organisation> organisations) {
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.capacity = capacity;
        this.enrolmentKey = enrolmentKey == null || enrolmentKey.isBlank() ? null : enrolmentKey.strip();
        this.approvalRequired = approval;
        this.organisations.clear();
        this.organisations.addAll(organisations);
    }

    /** Creates (or replaces) the cohort's invitation link token: 24 random URL-safe characters. */
    public String newInviteToken() {
        byte[] random = new byte[18];
        new java.security.SecureRandom().nextBytes(random);
        inviteToken = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return inviteToken;
    }

    public String getInviteToken() {
        return inviteToken;
    }

    public void addOrganisation(Organisation organisation) {
        if (!organisations.contains(organisation)) {
            organisations.add(organisation);
        }
    }

    /** Requests must then be approved by an instructor before they take a seat. */
    public void requireApproval() {
        approvalRequired = true;
    }

    /** Lessons, quizzes and hand-ins open on the start date. */
    public boolean hasStarted(LocalDate today) {
        return !today.isBefore(startsOn);
    }

    /** The end date is the hand-in deadline: hand-ins are taken until the end of that day. */
    public boolean takesHandIns(LocalDate today) {
        return !today.isAfter(endsOn);
    }

    public boolean acceptsKey(String key) {
        return enrolmentKey == null || (key != null && enrolmentKey.equals(key.strip()));
    }

    public boolean isRemindersEnabled() {
        return remindersEnabled;
    }

    /** Managers switch reminders to this cohort's learners off or on. */
    public void setRemindersEnabled(boolean remindersEnabled) {
        this.remindersEnabled = remindersEnabled;
    }

    public String getEnrolmentKey() {
        return enrolmentKey;
    }

    public boolean hasKey() {
        return enrolmentKey != null;
    }

    public CourseVersion getCourseVersion() {
        return courseVersion;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }
}
