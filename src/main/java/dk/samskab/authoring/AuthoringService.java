package dk.samskab.authoring;

import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.catalogue.CourseCode;
import dk.samskab.catalogue.Course;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.platform.Text;
import dk.samskab.catalogue.ContentJson;
import dk.samskab.content.CourseExporter;
import dk.samskab.content.CourseFolderReader;
import dk.samskab.content.CourseImporter;
import dk.samskab.content.CourseZip;
import dk.samskab.elearning.PackageStore;
import dk.samskab.enrolment.Permissions;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Course authoring for instructors: drafts that only the course's instructors (and admins) may
 * open and change, saved with a version check so that no one overwrites a colleague's edits
 * unseen, validated exactly as the importer validates, and published as the next version.
 */
@ApplicationScoped
@Transactional
public class AuthoringService {

    /** A course in the instructor's list. */
    public record CourseRow(String code, Text title, Integer publishedVersion, boolean unpublishedChanges) {
    }

    /** A draft as the editor works on it; version is what a save must name to be accepted. */
    public record Draft(String code, CourseDefinition definition, long version, String updatedBy, Instant updatedAt,
            Integer publishedVersion, boolean unpublishedChanges) {
    }

    /** One published version, for the history. */
    public record VersionRow(int number, Instant publishedAt, String publishedBy, String note) {
    }

    @Inject
    AuditLog audit;

    @Inject
    Permissions permissions;

    @Inject
    PeopleService people;

    @PersistenceContext
    EntityManager em;

    public List<CourseRow> courses(Caller editor) {
        List<Course> courses = editor.isAdmin()
                ? em.createQuery("SELECT c FROM Course c ORDER BY c.code", Course.class).getResultList()
                : em.createQuery("SELECT c FROM Course c JOIN c.instructors i WHERE i.email = :email ORDER BY c.code", Course.class)
                        .setParameter("email", editor.email().toLowerCase()).getResultList();
        return courses.stream().map(c -> {
            Optional<CourseVersion> latest = latest(c.getCode());
            Optional<CourseDraft> draft = draftOf(c.getCode());
            Text title = draft.map(d -> d.definition().title()).orElseGet(() -> latest.map(v -> v.definition().title()).orElse(null));
            return new CourseRow(c.getCode(), title, latest.map(CourseVersion::getVersionNumber).orElse(null),
                    draft.isPresent() && changed(draft.get(), latest));
        }).toList();
    }

    /** A new course with one module, one lesson and a one-question quiz to start from; the creator teaches it. */
    public Draft create(Caller editor, String code, Text title) {
        return newCourse(editor, code, NewCourses.starter(code, title));
    }

    /** A new course that starts as a copy of one the editor may open. */
    public Draft copy(Caller editor, String fromCode, String newCode) {
        CourseDefinition source = open(editor, fromCode).definition();
        return newCourse(editor, newCode, NewCourses.withCode(source, newCode));
    }

    /** The course's draft; the first time, a copy of its latest published version. */
    public Draft open(Caller editor, String code) {
        Course course = editable(editor, code);
        CourseDraft draft = draftOf(code).orElseGet(() -> {
            CourseVersion latest = latest(code).orElseThrow(() -> new AuthoringException(AuthoringException.Reason.NOT_YOUR_COURSE));
            CourseDraft fresh = new CourseDraft(course, latest.definition(), editor.email());
            em.persist(fresh);
            em.flush();
            return fresh;
        });
        return view(draft);
    }

    /**
     * Saves the editor's definition, if the draft is still at the version the editor opened;
     * otherwise someone else saved in between and this save is refused (STALE).
     */
    public Draft save(Caller editor, String code, CourseDefinition definition, long openedVersion) {
        editable(editor, code);
        CourseDraft draft = draftOf(code).orElseThrow(() -> new AuthoringException(AuthoringException.Reason.STALE));
        em.lock(draft, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(draft);
        if (draft.getVersion() != openedVersion) {
            throw new AuthoringException(AuthoringException.Reason.STALE);
        }
        draft.replace(Slugs.renumbered(NewCourses.withCode(definition, code)), editor.email());
        em.flush();
        return view(draft);
    }

    public CourseValidation validate(CourseDefinition definition) {
        return CourseValidation.of(definition, new CourseImporter(em)::hoursPerEcts);
    }

    /** Publishes the draft as the next version, if it is valid and differs from the latest one. */
    public VersionRow publish(Caller editor, String code, long openedVersion, String note) {
        Draft draft = open(editor, code);
        if (draft.version() != openedVersion) {
            throw new AuthoringException(AuthoringException.Reason.STALE);
        }
        CourseValidation validation = validate(draft.definition());
        if (!validation.ok()) {
            throw new AuthoringException(AuthoringException.Reason.INVALID, validation.messages());
        }
        CourseVersion version = new CourseImporter(em).publish(draft.definition(), editor.email(),
                note == null || note.isBlank() ? null : note.strip());
        if (version == null) {
            throw new AuthoringException(AuthoringException.Reason.NOTHING_TO_PUBLISH);
        }
        return row(version);
    }

    public List<VersionRow> history(Caller editor, String code) {
        editable(editor, code);
        return versions(code).stream().map(AuthoringService::row).toList();
    }

    /** The texts that differ between two published versions of the course. */
    public List<TextDiff.Change> diff(Caller editor, String code, int from, int to) {
        editable(editor, code);
        List<CourseVersion> versions = versions(code);
        CourseDefinition older = versions.stream().filter(v -> v.getVersionNumber() == from).findFirst()
                .map(CourseVersion::definition).orElseThrow(() -> new AuthoringException(AuthoringException.Reason.NOT_YOUR_COURSE));
        CourseDefinition newer = versions.stream().filter(v -> v.getVersionNumber() == to).findFirst()
                .map(CourseVersion::definition).orElseThrow(() -> new AuthoringException(AuthoringException.Reason.NOT_YOUR_COURSE));
        return TextDiff.between(older, newer);
    }

    /** The draft in the course-content format with the course's files, zipped. */
    public byte[] exportZip(Caller editor, String code) {
        return CourseZip.zip(open(editor, code).definition(), CourseFiles.contents(em, code),
                new CourseExporter(key -> PackageStore.zip(em, key)));
    }

    /**
     * Reads a zipped course folder with the importer's reader and rules; on any problem nothing
     * changes. A new code creates the course (taught by the uploader); a known one replaces the
     * draft of a course the uploader may edit.
     */
    public Draft importZip(Caller editor, byte[] zip) {
        CourseFolderReader.Result read = CourseZip.read(zip, new CourseImporter(em)::hoursPerEcts);
        if (!read.ok()) {
            throw AuthoringException.badZip(read.problems());
        }
        CourseDefinition course = read.course();
        read.packages().values().forEach(found -> PackageStore.keep(em, found));
        Map<String, byte[]> files = CourseZip.files(zip);
        files.forEach((name, content) -> CourseFiles.check(name, content));
        Draft draft;
        if (course(course.code()).isEmpty()) {
            draft = newCourse(editor, course.code(), course);
        } else {
            draft = save(editor, course.code(), course, open(editor, course.code()).version());
        }
        Course stored = course(course.code()).orElseThrow();
        files.forEach((name, content) -> CourseFiles.store(em, stored, name, content, editor.email()));
        return draft;
    }

    /** Every course with the names of its instructors, for the admin's assignment page. */
    public List<Assignment> assignments() {
        return em.createQuery("SELECT c FROM Course c ORDER BY c.code", Course.class).getResultList().stream()
                .map(c -> new Assignment(c.getCode(), c.getInstructors().stream().map(Person::getFullName).sorted().toList()))
                .toList();
    }

    /**
     * The courses awarded by an education provider in the manager's scope: the provider's
     * training manager assigns their instructors.
     */
    public List<Assignment> assignmentsOfProviderManager(Caller manager) {
        if (manager.organisationsInScope().isEmpty()) {
            return List.of();
        }
        List<String> codes = em.createQuery("SELECT DISTINCT v.course.code FROM CourseVersion v"
                + " WHERE v.awardingProvider.id IN :organisations", String.class)
                .setParameter("organisations", manager.organisationsInScope()).getResultList();
        return assignments().stream().filter(a -> codes.contains(a.code())).toList();
    }

    /** Assigns an instructor to a course the provider manager is responsible for; any other course is refused. */
    public void assignAsProviderManager(Caller manager, String courseCode, String instructorEmail) {
        if (assignmentsOfProviderManager(manager).stream().noneMatch(a -> a.code().equals(courseCode))) {
            throw new AuthoringException(AuthoringException.Reason.NOT_YOUR_COURSE);
        }
        assign(courseCode, instructorEmail);
    }

    /** A course and who teaches it. */
    public record Assignment(String code, List<String> instructors) {
    }

    /** Lets an admin assign an instructor to a course. */
    public void assign(String courseCode, String instructorEmail) {
        Course course = course(courseCode).orElseThrow(() -> new AuthoringException(AuthoringException.Reason.NOT_YOUR_COURSE));
        course.getInstructors().add(person(instructorEmail));
        audit.record(AuditAction.INSTRUCTOR_ASSIGNED, instructorEmail, courseCode);
    }

    private Draft newCourse(Caller editor, String code, CourseDefinition definition) {
        if (!CourseCode.isWellFormed(code)) {
            throw new AuthoringException(AuthoringException.Reason.CODE_INVALID);
        }
        if (course(code).isPresent()) {
            throw new AuthoringException(AuthoringException.Reason.CODE_TAKEN);
        }
        Course course = new Course(code);
        course.getInstructors().add(person(editor.email()));
        em.persist(course);
        CourseDraft draft = new CourseDraft(course, Slugs.renumbered(definition), editor.email());
        em.persist(draft);
        em.flush();
        return view(draft);
    }

    /** A course the editor may change; any other is refused the same way, whether it exists or not. */
    Course editable(Caller editor, String code) {
        return permissions.taught(editor, code).orElseThrow(() -> new AuthoringException(AuthoringException.Reason.NOT_YOUR_COURSE));
    }

    private Person person(String email) {
        return people.findByEmail(email).orElseThrow(() -> new AuthoringException(AuthoringException.Reason.UNKNOWN_PERSON));
    }

    private Optional<Course> course(String code) {
        return em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", code).getResultStream().findFirst();
    }

    private Optional<CourseDraft> draftOf(String code) {
        return em.createNamedQuery(CourseDraft.OF_COURSE, CourseDraft.class).setParameter("code", code).getResultStream().findFirst();
    }

    private List<CourseVersion> versions(String code) {
        return em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class).setParameter("code", code).getResultList();
    }

    private Optional<CourseVersion> latest(String code) {
        return versions(code).stream().findFirst();
    }

    private static boolean changed(CourseDraft draft, Optional<CourseVersion> latest) {
        return latest.map(v -> !v.getContentHash().equals(ContentJson.hash(draft.getContentJson()))).orElse(true);
    }

    private Draft view(CourseDraft draft) {
        Optional<CourseVersion> latest = latest(draft.getCourse().getCode());
        return new Draft(draft.getCourse().getCode(), draft.definition(), draft.getVersion(), draft.getUpdatedBy(),
                draft.getUpdatedAt(), latest.map(CourseVersion::getVersionNumber).orElse(null), changed(draft, latest));
    }

    private static VersionRow row(CourseVersion version) {
        return new VersionRow(version.getVersionNumber(), version.getPublishedAt(), version.getPublishedBy(), version.getNote());
    }
}
