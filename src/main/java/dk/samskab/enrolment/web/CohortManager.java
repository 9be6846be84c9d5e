package dk.samskab.enrolment.web;

import dk.samskab.platform.Dates;
import dk.samskab.enrolment.Cohort;
import dk.samskab.enrolment.CohortService;
import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.OrganisationDirectory;
import dk.samskab.organisation.OrganisationType;
import dk.samskab.platform.web.Messages;
import dk.samskab.platform.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;

/** The cohorts of one course for its instructors: create and change them (each participant's progress: CohortParticipants). */
@Named
@ViewScoped
public class CohortManager implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohorts;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    Caller caller;

    private String code;
    private Long editing;
    private Long showing;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer capacity;
    private String key;
    private boolean approval;
    private List<String> organisationCodes = new ArrayList<>();

    public void load() throws IOException {
        if (code != null) {
            return;
        }
        code = Faces.getRequestParameter("code");
        try {
            cohorts.cohorts(caller, String.valueOf(code));
            startNew();
        } catch (EnrolmentException refused) {
            code = null;
            Faces.responseSendError(404, "Not found");
        }
    }

    public List<CohortService.Row> getRows() {
        return code == null ? List.of() : cohorts.cohorts(caller, code);
    }

    public void edit(long cohortId) {
        Cohort cohort = cohorts.cohort(caller, cohortId);
        editing = cohortId;
        name = cohort.getName();
        startsOn = cohort.getStartsOn();
        endsOn = cohort.getEndsOn();
        capacity = cohort.getCapacity();
        key = cohort.getEnrolmentKey();
        approval = cohort.isApprovalRequired();
        organisationCodes = new ArrayList<>(cohort.getOrganisations().stream().map(Organisation::getCode).toList());
    }

    public void startNew() {
        editing = null;
        name = null;
        startsOn = Dates.today().plusWeeks(2);
        endsOn = startsOn.plusWeeks(8);
        capacity = 25;
        key = null;
        approval = false;
        organisationCodes = new ArrayList<>();
    }

    public void save() {
        CohortService.Settings settings = new CohortService.Settings(name, startsOn, endsOn, capacity, key, approval, organisationCodes);
        try {
            if (editing == null) {
                cohorts.create(caller, code, settings);
            } else {
                cohorts.update(caller, editing, settings);
            }
            Messages.info("cohorts.saved");
            startNew();
        } catch (EnrolmentException refused) {
            Messages.error("enrolment.refused." + refused.reason());
        }
    }

    public void show(long cohortId) {
        showing = cohortId;
    }

    /** The organisations a cohort can be for: municipalities and civil society, by name. */
    public List<Organisation> getOrganisationChoices() {
        return Stream.of(OrganisationType.MUNICIPALITY, OrganisationType.VOLUNTEER_ORGANISATION, OrganisationType.VOLUNTEER_CENTRE)
                .flatMap(t -> organisations.listByType(t).stream()).toList();
    }

    public String getCode() {
        return code;
    }

    public Long getEditing() {
        return editing;
    }

    public Long getShowing() {
        return showing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public boolean isApproval() {
        return approval;
    }

    public void setApproval(boolean approval) {
        this.approval = approval;
    }

    public List<String> getOrganisationCodes() {
        return organisationCodes;
    }

    public void setOrganisationCodes(List<String> organisationCodes) {
        this.organisationCodes = organisationCodes;
    }
}
